import { createHash } from 'crypto'
import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Taro 4 + webpack5. Output goes to dist/<platform> (weapp → dist/weapp, h5 → dist/h5).
// NutUI is drawn on a 375 px design, our pages on 750 px: designWidth picks per file.
const defineConstants = {
  CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV || 'cloud1-placeholder')
}
// Taro's app entry passes app.ts through an in-memory loader that yields an empty module when webpack's persistent
// cache restores the entry but rebuilds app.ts (it does when a define constant changes): keep one cache per set of
// constants, so switching CLOUD_ENV never reuses another environment's cache.
const defineHash = createHash('sha1').update(JSON.stringify(defineConstants)).digest('hex').slice(0, 8)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'community-volunteer',
    date: '2025-11-23',
    designWidth(input) {
      const file = typeof input === 'object' && input?.file ? input.file.replace(/\\+/g, '/') : ''
      return file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-html'],
    defineConstants,
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: true,
      name: `${process.env.NODE_ENV}-${process.env.TARO_ENV}-${defineHash}`,
      buildDependencies: {
        config: [
          path.join(__dirname, 'index.ts'),
          path.join(__dirname, 'dev.ts'),
          path.join(__dirname, 'prod.ts'),
          path.join(__dirname, '..', 'babel.config.js')
        ]
      }
    },
    mini: {
      // Modules used only by subpackages stay in those subpackages (NutUI lives there, not in the main package).
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      devServer: {
        proxy: {
          '/api': { target: `http://127.0.0.1:${process.env.PORT || 8787}`, changeOrigin: true }
        }
      },
      // H5 pages are lazy chunks and Taro only splits initial chunks, so every page chunk would carry its own copy
      // of zod, the API client and NutUI. Share them: NutUI separately, so the tab pages never load it.
      webpackChain(chain) {
        chain.performance.hints(false) // the entry is Taro's H5 runtime + React DOM (~100 KB gzip), known and accepted
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...chain.optimization.get('splitChunks').cacheGroups,
            nutui: { name: 'nutui', chunks: 'async', test: /[\\/]node_modules[\\/]@nutui[\\/]/, minChunks: 2, priority: 30 },
            // The chart library (工作台, 社区对比) in a chunk of its own: only pages that draw charts load it.
            f2: { name: 'f2', chunks: 'async', test: /[\\/]node_modules[\\/]@antv[\\/]/, minChunks: 2, priority: 30 },
            pages: { name: 'pages-common', chunks: 'async', minChunks: 2, priority: 20, reuseExistingChunk: true }
          }
        })
      },
      postcss: {
        // Substring match: app class names must not contain "nut-".
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
