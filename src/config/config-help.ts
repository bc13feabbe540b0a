/** What a person should do about a configuration error, printed under it by the server and the CLI. */
export const CONFIG_HELP =
  'Set these variables in the environment, or in a file .env in the working folder, which npm start, npm run dev and\n' +
  'npm run cli read (cp .env.example .env gives one listing every variable). README.md, under "Configuration", says what each one means.';
