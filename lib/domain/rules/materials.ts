import { type MaterialKind, RESIDENT_ID_CARD } from "@/lib/domain/validation/constants";
import { MATERIAL_KIND_LABELS, PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import { hasMaterial, hasWebsiteMaterial, report, type RuleContext } from "@/lib/domain/rules/context";
import { isSamePerson } from "@/lib/domain/rules/persons";

// MATERIAL_MISSING (000 正反面), JIANGSU_AUTHENTICITY_MISSING (000 江苏省网站备案真实性核验).

const AUTHENTICITY_KINDS = ["js_responsibility_notice", "js_commitment_letter", "js_commitment_video"] as const;

export function checkMaterials(ctx: RuleContext): void {
  const { principal, websites } = ctx.filing;
  if (ctx.isUnit) requireKind(ctx, "subject_certificate");
  requireKind(ctx, "principal_id_front");
  if (principal.idType === RESIDENT_ID_CARD) requireKind(ctx, "principal_id_back");
  requireKind(ctx, "verification_photo");

  websites.forEach((website, i) => {
    if (isSamePerson(website.principal, principal)) return;
    requireSiteKind(ctx, "site_principal_id_front", i, website.domain);
    if (website.principal.idType === RESIDENT_ID_CARD) requireSiteKind(ctx, "site_principal_id_back", i, website.domain);
  });

  if (ctx.row.authenticityMaterials) checkAuthenticity(ctx);
}

function requireKind(ctx: RuleContext, kind: MaterialKind): void {
  if (hasMaterial(ctx, kind)) return;
  const label = MATERIAL_KIND_LABELS[kind];
  report(ctx, "MATERIAL_MISSING", "materials", {
    zh: `缺少材料：${label.zh}（${kind}）`,
    en: `Missing material: ${label.en} (${kind})`,
  });
}

function requireSiteKind(ctx: RuleContext, kind: MaterialKind, website: number, domain: string): void {
  if (hasWebsiteMaterial(ctx, kind, website)) return;
  const label = MATERIAL_KIND_LABELS[kind];
  report(ctx, "MATERIAL_MISSING", "materials", {
    zh: `缺少网站${website + 1}（${domain}）的材料：${label.zh}（${kind}，website ${website}）；该网站负责人不是主体负责人`,
    en: `Missing material for website ${website + 1} (${domain}): ${label.en} (${kind}, website ${website}); its website principal is not the principal`,
  });
}

function checkAuthenticity(ctx: RuleContext): void {
  const missing = AUTHENTICITY_KINDS.filter((kind) => !hasMaterial(ctx, kind));
  if (missing.length === 0) return;
  const { province } = ctx.filing;
  report(ctx, "JIANGSU_AUTHENTICITY_MISSING", "materials", {
    zh: `${province}备案须上传真实性核验材料，缺少：${missing.map((k) => MATERIAL_KIND_LABELS[k].zh).join("、")}`,
    en: `Filings in ${PROVINCE_LABELS[province].en} need the authenticity materials; missing: ${missing.map((k) => MATERIAL_KIND_LABELS[k].en).join(", ")}`,
  });
}
