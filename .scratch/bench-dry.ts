import { run } from '../tools/bench/crossyear.bench.ts';
console.log(await run());
