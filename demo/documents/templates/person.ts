// A stylised person facing the camera, for photos and the portrait on cards.

const SKIN = ["#e8c1a0", "#dcae8a", "#f0cdb0"];
const SHIRT = ["#2d3440", "#5b6b7c", "#7a2e35", "#2f5e4e"];

/** Head, hair, neck and shoulders, centred on cx; `scale` 1 is about 680×1000 units. */
export function person(cx: number, top: number, scale: number, variant: number, longHair = variant % 2 === 1): string {
  const s = (v: number) => (v * scale).toFixed(1);
  const skin = SKIN[variant % SKIN.length];
  const shirt = SHIRT[variant % SHIRT.length];
  return `<g transform="translate(${cx} ${top})">
${longHair ? `<path d="M${s(-170)},${s(260)} C${s(-195)},${s(480)} ${s(-170)},${s(560)} ${s(-120)},${s(600)} L${s(120)},${s(600)} C${s(170)},${s(560)} ${s(195)},${s(480)} ${s(170)},${s(260)} Z" fill="#1d1a18"/>` : ""}
<path d="M${s(-340)},${s(1400)} L${s(-330)},${s(740)} C${s(-310)},${s(630)} ${s(-250)},${s(560)} 0,${s(545)} C${s(250)},${s(560)} ${s(310)},${s(630)} ${s(330)},${s(740)} L${s(340)},${s(1400)} Z" fill="${shirt}"/>
<rect x="${s(-55)}" y="${s(420)}" width="${s(110)}" height="${s(140)}" rx="${s(40)}" fill="${skin}"/>
<path d="M${s(-75)},${s(545)} L0,${s(645)} L${s(75)},${s(545)} L${s(40)},${s(540)} L0,${s(590)} L${s(-40)},${s(540)} Z" fill="#f4f4f4"/>
<ellipse cx="0" cy="${s(300)}" rx="${s(150)}" ry="${s(190)}" fill="${skin}"/>
<ellipse cx="${s(-150)}" cy="${s(320)}" rx="${s(18)}" ry="${s(34)}" fill="${skin}"/>
<ellipse cx="${s(150)}" cy="${s(320)}" rx="${s(18)}" ry="${s(34)}" fill="${skin}"/>
<path d="M${s(-160)},${s(290)} C${s(-170)},${s(120)} ${s(-60)},${s(80)} 0,${s(85)} C${s(90)},${s(80)} ${s(175)},${s(130)} ${s(160)},${s(290)} C${s(120)},${s(190)} ${s(-60)},${s(170)} ${s(-160)},${s(290)} Z" fill="#1d1a18"/>
<path d="M${s(-85)},${s(270)} q${s(30)},${s(-14)} ${s(60)},0 M${s(25)},${s(270)} q${s(30)},${s(-14)} ${s(60)},0" stroke="#2a2320" stroke-width="${s(7)}" fill="none"/>
<ellipse cx="${s(-55)}" cy="${s(310)}" rx="${s(14)}" ry="${s(9)}" fill="#2a2320"/>
<ellipse cx="${s(55)}" cy="${s(310)}" rx="${s(14)}" ry="${s(9)}" fill="#2a2320"/>
<path d="M0,${s(330)} l${s(-12)},${s(45)} h${s(22)}" stroke="#b98b6e" stroke-width="${s(5)}" fill="none"/>
<path d="M${s(-40)},${s(410)} Q0,${s(430)} ${s(40)},${s(410)}" stroke="#a0574f" stroke-width="${s(7)}" fill="none"/>
</g>`;
}

export function skinTone(variant: number): string {
  return SKIN[variant % SKIN.length];
}
