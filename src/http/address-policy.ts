import { BlockList, isIP } from 'node:net';

// Loopback, private, shared, link-local (cloud metadata lives at 169.254.169.254), multicast,
// documentation and reserved ranges: never a public source.
const blocked4 = new BlockList();
// Apart: a BlockList holding ::ffff:0:0/96 would match every IPv4 address checked against it.
const blocked6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked4.addSubnet(net, prefix, 'ipv4');
}
// ::/96 (IPv4-compatible, which holds :: and ::1) and ::ffff:0:0/96 (IPv4-mapped) embed an IPv4
// address, written dotted or in hex (::ffff:7f00:1 is 127.0.0.1): refused whatever they embed,
// since a public source has a plain IPv4 or IPv6 address of its own. Likewise NAT64 prefixes.
for (const [net, prefix] of [
  ['::', 96],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked6.addSubnet(net, prefix, 'ipv6');
}

/** True for any address a collector must not reach: it is not on the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked4.check(address, 'ipv4');
  if (family === 6) return blocked6.check(address, 'ipv6');
  return true;
}
