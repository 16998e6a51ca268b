import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Development: Vite with hot reload, /graphql (HTTP and WebSocket) proxied to the server on 4000. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: true },
      '/uploads': { target: 'http://localhost:4000', changeOrigin: true },
      '/files': { target: 'http://localhost:4000', changeOrigin: true },
      '/exports': { target: 'http://localhost:4000', changeOrigin: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
