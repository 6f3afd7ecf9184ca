// One Babel config for two worlds:
// - Taro builds (weapp/h5): preset `taro` + on-demand NutUI imports with plain-CSS styles (no sass needed).
// - jest (NODE_ENV=test): plain Node targets, so server code, the local cloud and tests run as CommonJS.
const isJest = process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID !== undefined

module.exports = isJest
  ? {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-typescript', { allowDeclareFields: true }],
        ['@babel/preset-react', { runtime: 'automatic' }]
      ]
    }
  : {
      presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
      plugins: [
        [
          'import',
          {
            libraryName: '@nutui/nutui-react-taro',
            libraryDirectory: 'dist/es/packages',
            camel2DashComponentName: false,
            customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
            customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`
          },
          'nutui-react-taro'
        ]
      ]
    }
