import { isNonPublicAddress } from './address-policy';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
    // IPv4-mapped (::ffff:0:0/96) and IPv4-compatible (::/96), dotted or hex, whatever they embed
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::ffff:8.8.8.8',
    '::ffff:0808:0808',
    '::127.0.0.1',
    '::7f00:1',
    '::a9fe:a9fe',
    '::8.8.8.8',
    '0:0:0:0:0:ffff:7f00:0001',
    '64:ff9b::7f00:1',
    '64:ff9b:1::1',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['1.1.1.1', '8.8.8.8', '172.32.0.1', '151.101.1.69', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::1:0:0:1'])('allows %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});
