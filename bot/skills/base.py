"""One declaration per skill drives the Slack modal, the console prompts, validation and tests.

A :class:`Skill` holds its fields, its jinja2 template (a file beside the module), the system
prompt for a drafting model and the facts any model output must keep. Everything here is plain
Python: no chat-platform imports, no I/O beyond reading templates.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cached_property, lru_cache
from pathlib import Path

import jinja2

from bot.skills.output_checks import check_output as _check_output

TEMPLATE_DIR = Path(__file__).resolve().parent
NOT_PROVIDED = "[not provided]"

# Rules every skill's system prompt ends with: the model is a scribe, not a source of facts.
COMMON_RULES = """\
Rules:
- Use only the facts given in the user message. Do not add diagnoses, results, doses, dates or \
history that are not given.
- Where the document needs a fact that is not given, write [needs: <what is needed>] instead \
of inventing it.
- Do not add names, phone numbers, addresses, record numbers, member IDs or other identifiers \
beyond those given; refer to the patient as "the patient" (or "you" when writing to the patient).
- Keep every code, drug name, dose and number exactly as given.
- Write in Markdown. Do not add a title banner, signature block or approval text; the system \
adds those.
"""


@dataclass(frozen=True)
class Field:
    """One input of a skill: how it is labelled, prompted for and validated."""

    name: str
    label: str
    required: bool = True
    multiline: bool = False
    placeholder: str = ""
    hint: str = ""
    max_length: int = 3000
    pattern: str | None = None
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    pattern_error: str = ""
    # An optional field whose absence the reader must see (a blank medication list is not "no changes"):
    # rendered as NOT_PROVIDED and listed for the approver.
    flag_blank: bool = False

    def keys(self) -> set[str]:
        """Every spelling that introduces this field in free text (``label: value``)."""
        return {_norm_key(k) for k in (self.name, self.label, *self.aliases)}


@dataclass(frozen=True)
class Skill:
    name: str
    title: str
    summary: str
    fields: tuple[Field, ...]
    template: str
    template_version: str
    instructions: str
    required_facts: tuple[str, ...]
    main_field: str
    sample: Mapping[str, str] = dataclass_field(default_factory=dict, compare=False, hash=False)
    example: str = ""
    patient_facing: bool = False
    max_grade: float | None = None  # US reading grade a model's draft must not exceed

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"skill {self.name}: duplicate field names")
        for fact in (*self.required_facts, self.main_field):
            if fact not in names:
                raise ValueError(f"skill {self.name}: {fact!r} is not a field")
        seen: dict[str, str] = {}
        for f in self.fields:
            for key in f.keys():
                if seen.setdefault(key, f.name) != f.name:
                    raise ValueError(f"skill {self.name}: key {key!r} names two fields")

    # lookup ------------------------------------------------------------------------------
    def field_named(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def _key_index(self) -> dict[str, Field]:
        return self._indexes[0]

    def _loose_index(self) -> dict[frozenset[str], Field]:
        return self._indexes[1]

    @cached_property
    def _indexes(self) -> tuple[dict[str, Field], dict[frozenset[str], Field]]:
        """Key -> field, built once per skill: every label lookup of every request uses it."""
        return {key: f for f in self.fields for key in f.keys()}, self._build_loose_index()

    def _build_loose_index(self) -> dict[frozenset[str], Field]:
        """Keys as sets of plain words, so "Stopped Meds" finds "meds stopped" and "Admitting Dx" finds
        "admitting diagnosis"; a word set two fields share is left out."""
        seen: dict[frozenset[str], Field | None] = {}
        for f in self.fields:
            for key in f.keys():
                words = _loose_key(key)
                if words:
                    seen[words] = f if seen.get(words, f) is f else None
        return {k: f for k, f in seen.items() if f is not None}

    def _field_for(self, head: str) -> Field | None:
        key = _norm_key(head)
        f = self._key_index().get(key)
        if f is None and 1 < len(key.split()) <= 4:
            f = self._loose_index().get(_loose_key(key))
        return f

    def _label_of(self, segment: str) -> tuple[str, str, str, Field | None]:
        """(head, separator, rest, field) of a segment. A label is a field's key followed by ":", or, as
        EHR smart phrases print them, by "::", "=", ">>" or a dash ("Dx= ...", "ALLERGIES- ...",
        "Carrier:: ...", "Pt Msg>> ..."); the other forms count only when the head names a field."""
        for m in _LABEL_SEP.finditer(segment):
            head = segment[:m.start()]
            if not head.strip() or len(head) > 60:
                break
            f = self._field_for(head)
            if f is not None and not (_norm_key(head) in _STATEMENT_KEYS and re.search("[-\u2013\u2014]", m.group(0))):
                return head, ":", segment[m.end():], f
            if m.group(0).strip() == ":":
                break
        head, colon, rest = segment.partition(":")
        return head, colon, rest, (self._field_for(head) if colon else None)

    # free text -> fields -----------------------------------------------------------------
    def extract(self, text: str) -> dict[str, str]:
        """Fields from a one-line request: ``field: value`` segments where the clinician labelled
        them, the shorthand rules (:mod:`bot.skills.shorthand`) for everything else."""
        from bot.skills.shorthand import extract

        return extract(self, text)

    def extract_labelled(self, text: str) -> tuple[dict[str, str], str]:
        """``field: value`` segments, and the unlabelled rest of the text.

        A segment starts at the beginning of the text, a newline, a ``;`` or a `` | `` and is keyed when
        it opens with a field's name, label or alias followed by ``:``. A keyed value runs until the
        next keyed segment (so a medication list may itself contain ``;``), except across a pipe: in
        "a | b | c" each part stands alone. Text before the first
        key is returned as the rest, for the shorthand rules.
        """
        values, leftover, _ = self.labelled_with_intro(text)
        return values, leftover

    def labelled_with_intro(self, text: str) -> tuple[dict[str, str], str, dict[str, str]]:
        """As :meth:`extract_labelled`, plus what introduced each label: "" (start of text), "\\n", ";",
        "|", "." (a sentence that opens with a label), "," or "-" (a label typed inside a run of
        clauses), "~" (a key typed after a clause's first words, "... PEP guideline: ..."), so the shorthand
        rules know how far the clinician meant the label to reach."""
        values: dict[str, str] = {}
        leftover: list[str] = []
        intro: dict[str, str] = {}
        current: Field | None = None
        for sep, raw, segment in _segments(normalise_layout(text), raw=True):
            head, colon, rest, f = self._label_of(segment)
            inside = False
            if f is None and colon and 1 < len(head.split()) <= 6:
                # "pt 28 wk pregnant q: ...": the key is the last word or two; the words before stay as text
                words = head.split()
                for n in (2, 1):
                    f = self._field_for(" ".join(words[-n:]))
                    if f is not None:
                        leftover.append(" ".join(words[:-n]))
                        inside = True
                        break
            if f is not None:
                current = f
                # "~": a key typed at the end of a clause's words ("USPHS 2013 PEP guideline: ...") reaches to the
                # next ";" only
                intro.setdefault(f.name, "~" if inside and raw.strip() in ("", ";") else raw)
                before = values.get(f.name, "")
                values[f.name] = f"{before}\n{rest.strip()}" if before else rest.strip()
            elif not segment.strip():
                continue
            elif current is not None and sep != "|":  # "a | b | c": each pipe part stands alone
                joiner = "\n" if sep == "\n" else "; "
                values[current.name] = values.get(current.name, "") + joiner + segment.strip()
            else:
                leftover.append(segment.strip())
        return {name: _tidy(value) for name, value in values.items()}, "; ".join(leftover), intro

    def clean(self, values: Mapping[str, object]) -> dict[str, str]:
        """Known fields only, stripped, empty dropped, choices in their canonical spelling."""
        out: dict[str, str] = {}
        for f in self.fields:
            raw = values.get(f.name)
            if raw is None:
                continue
            value = str(raw).strip()
            if not value:
                continue
            if f.choices:  # "second" -> "second-level internal", "external" -> "external review"
                value = next((c for c in f.choices if c.lower() == value.lower()), None) or next(
                    (c for c in f.choices if re.match(re.escape(value.lower()) + r"\b", c.lower())), value)
            out[f.name] = value
        return out

    # checks ------------------------------------------------------------------------------
    def missing(self, values: Mapping[str, str]) -> list[Field]:
        return [f for f in self.fields if f.required and not str(values.get(f.name) or "").strip()]

    def not_provided(self, values: Mapping[str, str]) -> list[Field]:
        """Optional fields left blank that the document must show as such (never as "None")."""
        return [f for f in self.fields if f.flag_blank and not str(values.get(f.name) or "").strip()]

    def validate(self, values: Mapping[str, str]) -> dict[str, str]:
        """Field name -> a message a clinician can act on; empty when the values are usable."""
        errors: dict[str, str] = {}
        for f in self.fields:
            value = str(values.get(f.name) or "").strip()
            if not value:
                if f.required:
                    errors[f.name] = f"{f.label} is required."
                continue
            if len(value) > f.max_length:
                errors[f.name] = f"{f.label} is too long ({len(value)} characters; at most {f.max_length})."
            elif f.choices and value.lower() not in {c.lower() for c in f.choices}:
                errors[f.name] = f"{f.label} must be one of: {', '.join(f.choices)}."
            elif f.pattern and not re.fullmatch(f.pattern, value, re.IGNORECASE):
                errors[f.name] = f.pattern_error or f"{f.label} is not in the expected format."
        return errors

    # output ------------------------------------------------------------------------------
    def context(self, values: Mapping[str, str]) -> dict[str, str]:
        """Every field defined for the template; a missing required one reads [needs: label]."""
        clean = self.clean(values)
        ctx: dict[str, str] = {}
        for f in self.fields:
            if f.name in clean:
                ctx[f.name] = clean[f.name]
            else:
                ctx[f.name] = (needs_marker(f) if f.required
                               else NOT_PROVIDED if f.flag_blank else "")
        return ctx

    def render(self, values: Mapping[str, str]) -> str:
        text = _environment().get_template(self.template).render(**self.context(values), skill=self)
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    def facts_block(self, values: Mapping[str, str]) -> str:
        """Facts as ``Label: value`` lines; a multi-line value becomes an indented list under its label."""
        clean = self.clean(values)
        lines: list[str] = []
        for f in self.fields:
            if f.name not in clean:
                continue
            value = clean[f.name]
            if "\n" in value:
                lines.append(f"{f.label}:")
                lines.extend(f"  - {item}" for item in _items(value))
            else:
                lines.append(f"{f.label}: {value}")
        return "\n".join(lines)

    def messages(self, values: Mapping[str, str]) -> list[dict]:
        """System prompt (role, conventions, rules) and the facts as ``Label: value`` lines."""
        missing = ", ".join(f.label for f in self.missing(values))
        user = (
            f"Write the {self.title.lower()} from these facts.\n\n"
            f"{self.facts_block(values)}\n"
        )
        if missing:
            user += f"\nNot provided (write [needs: ...] where needed): {missing}\n"
        blank = ", ".join(f.label for f in self.not_provided(values))
        if blank:
            user += (f"\nLeft blank by the clinician (write {NOT_PROVIDED} for each; never write None, which would "
                     f"say nothing changed): {blank}\n")
        return [
            {"role": "system", "content": f"{self.instructions.strip()}\n\n{COMMON_RULES}"},
            {"role": "user", "content": user},
        ]

    def check_output(
        self, text: str, values: Mapping[str, str], *, max_chars: int | None = None
    ) -> list[str]:
        """Problems with a model's draft; an empty list means it may be shown for review."""
        clean = self.clean(values)
        facts = [(self.field_named(n).label, clean[n]) for n in self.required_facts if n in clean]
        source = "\n".join(m["content"] for m in self.messages(clean))
        return _check_output(text, facts=facts, source=source, max_chars=max_chars)


# helpers ---------------------------------------------------------------------------------

NOT_KNOWN = "not known"


def needs_marker(f: Field) -> str:
    """The visible gap a draft shows for a required fact nobody gave: approval waits on it."""
    return f"[needs: {f.label.lower()}]"


# a new segment starts at a newline or ';', or at ". Label:" (a sentence that opens with a label), ", q:"
# or " - Label:" / " — Label:" (labels typed inline, one after another)
_SEGMENT = re.compile(r"(\n|;|\s\|\s|(?:(?<=[.?!,])\s+|\s+[-\u2013\u2014]\s+)(?=[A-Za-z][A-Za-z /&-]{0,30}:(?!//)))")


# what may follow a label in an EHR smart phrase: "Dx=", "Carrier::", "Pt Msg>>", "ALLERGIES-", "Q -", "Label:"
# keys that are themselves the whole fact ("NKDA"): a dash after one ends the fact, it does not open a value
# ("...; NKDA \u2014 nuc med to urology ..."), while "NKDA: ..." still labels
_STATEMENT_KEYS = frozenset({"nkda", "nka"})
_LABEL_SEP = re.compile(r"\s*(?:::?|=|>>|(?<=[A-Za-z0-9#)])-(?=\s)|\s[-\u2013\u2014]\s)\s*")
# fragments typed between "//", "||", ";;", " :: " (always: "Carrier:: X" with no space before is a label),
# or a bullet-like " - ", " / ", " — " used three times or more
_HARD_SEP = re.compile(r"\s*(?:\|\||;;)\s*|\s+//\s*|(?<=\S)//\s+|\s+::\s+")
_SOFT_SEPS = (re.compile(r"(?<!\d)\s+-\s+|(?<=\d)\s+-\s+(?!\d)"), re.compile(r"\s+/\s+"), re.compile(r"\s+[\u2014\u2013]\s+"))
# a banner an EHR template opens with: "***PRIOR AUTH***", "[PA SMARTPHRASE]", "~~PT ED SMARTPHRASE~~", "*AVS-DERM*"
_BANNER = re.compile(r"^\s*(?:\*{2,}[^*\n]{1,40}\*{2,}|\[[^\]\n]{1,40}\]|~{2,}[^~\n]{1,40}~{2,}|\*(?-i:[A-Z][A-Z0-9 _-]{1,30})\*)\s*")


@lru_cache(maxsize=64)
def normalise_layout(text: str) -> str:
    """A line typed as fragments ("video visit / FNP / 29 yo F / ...", "Dx= X // PMHx: Y || ...") is read
    as " | "-separated parts, each standing alone, as a pipe-separated line is. Cached: one request's
    extraction asks for the same line's layout several times."""
    text = _BANNER.sub("", text or "", count=1)
    if "\n" in text:
        return text
    labelled_parts = " :: " in text  # "REFERRING - Cardiology :: PT - 61 yo F": each " - " follows a label
    text = _HARD_SEP.sub(" | ", text)
    if labelled_parts:
        return text
    counts = [(len(rx.findall(text)), i) for i, rx in enumerate(_SOFT_SEPS)]
    n, i = max(counts)
    if n >= 3:
        text = _SOFT_SEPS[i].sub(" | ", text)
    return text


def _segments(text: str, raw: bool = False) -> list:  # type: ignore[type-arg]
    """(separator before, segment) pairs; the first separator is ''. With ``raw``, (separator, how it
    was typed: "\\n", ";", "|", ".", "," or "-", segment) triples."""
    parts = _SEGMENT.split(text.replace("\r\n", "\n"))
    out: list = [("", "", parts[0]) if raw else ("", parts[0])]  # type: ignore[type-arg]
    for i in range(1, len(parts), 2):
        sep = parts[i] if parts[i] in ("\n", ";") else "|" if parts[i].strip() == "|" else ";"
        typed = sep if sep != ";" or parts[i] == ";" else "," if _ends_with(parts[i - 1], ",") else \
            "." if _ends_with(parts[i - 1], ".?!") else "-"
        out.append((sep, typed, parts[i + 1]) if raw else (sep, parts[i + 1]))
    return out


def _ends_with(before: str, chars: str) -> bool:
    return bool(before) and before.rstrip()[-1:] in chars


def _tidy(value: str) -> str:
    lines = [line.strip() for line in value.split("\n")]
    text = "\n".join(line for line in lines if line and line != ";")
    return text.strip().strip(";").strip()


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_\-/]+", " ", key.strip().lower()).strip()


@lru_cache(maxsize=1)
def _label_words() -> dict[str, str]:
    import yaml

    data = yaml.safe_load((TEMPLATE_DIR / "data" / "shorthand.yaml").read_text(encoding="utf-8"))
    return {str(k).lower(): str(v).lower() for k, v in (data.get("label_words") or {}).items()}


def _loose_key(key: str) -> frozenset[str]:
    """A label as a set of plain words: order, filler words and shorthand ("dx", "meds") do not matter."""
    words = _label_words()
    return frozenset(words.get(w, w) for w in _norm_key(key).split() if w not in ("the", "of", "at", "on", "for", "to"))


def _items(value: str) -> list[str]:
    """Split a list-like field into clean items: one per line, or, typed on one line, by ';'."""
    parts = value.split("\n") if "\n" in value else value.split(";")
    items = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", p).strip() for p in parts]
    return [_capitalise(i) for i in items if i]


def _capitalise(item: str) -> str:
    """'advised rest' -> 'Advised rest', leaving 'eGFR 45' and 'pH 7.2' alone."""
    first = item.split(maxsplit=1)[0]
    return item[0].upper() + item[1:] if first.isalpha() and first.islower() else item


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML; chat adapters escape for their own format
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["items"] = _items
    return env
