import type { Filing } from "@/lib/domain/validation/filing";
import { normaliseNumber, normaliseText } from "@/lib/domain/validation/normalise";
import type { LocalizedText } from "@/lib/domain/rules/types";

export interface PersonLike {
  name: string;
  nationality: string;
  idType?: string;
  idNumber?: string;
}

/** rules.md: equal idNumber; where either lacks one, equal normalised name. */
export function isSamePerson(a: PersonLike, b: PersonLike): boolean {
  if (a.idNumber && b.idNumber) return normaliseNumber(a.idNumber) === normaliseNumber(b.idNumber);
  return normaliseText(a.name) === normaliseText(b.name);
}

export interface PersonOfFiling {
  person: PersonLike;
  /** Path of the person object, e.g. `websites[0].principal`. */
  path: string;
  role: LocalizedText;
}

/** rules.md "Persons of a filing", in document order. */
export function personsOf(filing: Filing): PersonOfFiling[] {
  const persons: PersonOfFiling[] = [{ person: filing.principal, path: "principal", role: { zh: "主体负责人", en: "the principal" } }];
  filing.websites.forEach((website, i) => {
    persons.push({
      person: website.principal,
      path: `websites[${i}].principal`,
      role: { zh: `网站${i + 1}（${website.domain}）的网站负责人`, en: `the website principal of website ${i + 1} (${website.domain})` },
    });
  });
  const { subject } = filing;
  if (subject.legalRepresentative) {
    persons.push({
      person: subject.legalRepresentative,
      path: "subject.legalRepresentative",
      role: { zh: "法定代表人", en: "the legal representative" },
    });
  }
  if (subject.isBranch && subject.headOffice) {
    persons.push({
      person: subject.headOffice.legalRepresentative,
      path: "subject.headOffice.legalRepresentative",
      role: { zh: "总公司法定代表人", en: "the head office's legal representative" },
    });
  }
  return persons;
}
