import { describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind.ts';

describe('the Pagefind integration in development', () => {
  it('tells the developer that search needs the built site', () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const start = pagefindIntegration().hooks['astro:server:start'] as unknown as (options: {
      logger: typeof logger;
    }) => void;
    start({ logger });
    expect(warnings.join('\n')).toMatch(/全文搜索只在构建后的站点上可用，请运行 `npm start`/);
  });
});
