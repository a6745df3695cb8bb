import sharp from "sharp";
const [out, ...files] = process.argv.slice(2);
const h = 700;
const imgs = await Promise.all(files.map(async f => { const b = await sharp(f).resize({height:h}).png().toBuffer(); const m = await sharp(b).metadata(); return {b, w: m.width}; }));
const W = imgs.reduce((a, i) => a + i.w + 10, 0);
let x = 0; const comps = imgs.map(i => { const c = {input: i.b, left: x, top: 0}; x += i.w + 10; return c; });
await sharp({create:{width:W,height:h,channels:3,background:'#888'}}).composite(comps).png().toFile(out);
