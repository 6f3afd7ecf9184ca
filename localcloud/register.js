// `node -r ./localcloud/register.js your-function.js` runs any code that requires wx-server-sdk against the
// local cloud (DATA_DIR picks the data folder, default ./.data). TypeScript sources load through tsx.
require('tsx/cjs')
require('./src/install').installLocalCloud()
