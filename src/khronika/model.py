"""The typed records that flow between stages.

Every stage takes and returns these frozen dataclasses, so a stage can be tested on its
own and nothing downstream can quietly mutate what an earlier stage decided.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Certainty = Literal["reported", "alleged", "uncertain", "denied"]
Precision = Literal["day", "month", "year"]
ParticipantKind = Literal["person", "organization", "group"]


@dataclass(frozen=True)
class Capture:
    """The original bytes of one input and where and when they came from."""

    source: str  # path or URL exactly as given to ingest
    data: bytes
    sha256: str
    captured_at: datetime
    media_type: str  # see clean.document.READERS for the types the clean stage reads
    declared_encoding: str | None = None
    url: str | None = None  # the address the bytes came from, when there was one
    # How the bytes were obtained: method (file/http/warc/telegram/jsonl/feed), HTTP status and
    # headers, redirects, WARC record, container file and its hash. Shown by `khronika show`.
    provenance: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Rejection:
    """An input that could not become a document, and why. Never dropped silently."""

    source: str
    reason: str  # a reason code from errors.RejectReason
    detail: str
    sha256: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Document:
    """The cleaned article text of a capture with its metadata."""

    source: str
    sha256: str
    text: str
    language: str
    encoding: str
    captured_at: datetime
    title: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date as found in the page, if any
    removed: tuple[str, ...] = ()  # residue rule families that fired
    url: str | None = None
    links: tuple[str, ...] = ()  # links kept from the source (Telegram text links)
    pages: int | None = None  # PDF: pages read

    @property
    def reference_date(self) -> datetime:
        """The date relative expressions are resolved against: publication, else capture."""
        if self.published:
            try:
                return datetime.fromisoformat(self.published[:10])
            except ValueError:
                pass
        return self.captured_at


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text: every extracted field points to one."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Participant:
    """A victim or perpetrator as named in the text (with the span it came from)."""

    name: str
    kind: ParticipantKind
    span: Span
    count: int | None = None  # for unnamed groups: "10 people" -> 10
    inferred: bool = False  # taken from context rather than the act's own sentence
    body: str | None = None  # perpetrators: the state body the unit belongs to ("FSB")


@dataclass(frozen=True)
class Location:
    """Where, as written (`name`, `span`) and as the gazetteer knows it: the place's Latin and
    Russian names, its first-level division and country, and its GeoNames id for cities."""

    name: str
    span: Span
    country: str | None = None
    kind: str = "place"  # facility | city | region | country | place (not in the gazetteer)
    inferred: bool = False
    region: str | None = None
    region_code: str | None = None  # ISO 3166-2 ("RU-VOR")
    latin: str | None = None
    russian: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class Facility:
    """Where someone is held or was taken: kind (police_station, temporary_detention,
    pretrial_detention, penal_colony, prison, …; see extract/data/facilities.tsv), the
    number it carries ("3" for СИЗО № 3, "7" for IK-7) and the name as written."""

    name: str
    kind: str
    number: str | None
    span: Span


@dataclass(frozen=True)
class DateValue:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision
    span: Span
    inferred: bool = False


@dataclass(frozen=True)
class Charge:
    """A law reference in one form: code 'RU-CC 212.1' (country, CC/CAO, article), part."""

    code: str
    part: int | None
    span: Span


@dataclass(frozen=True)
class Penalty:
    """What a court gave: kind prison|suspended|restriction|arrest|fine|death, as numbers."""

    kind: str
    years: float | None = None
    months: float | None = None
    days: float | None = None
    amount: float | None = None
    currency: str | None = None
    regime: str | None = None  # "strict", "строгого", … as written
    span: Span | None = None


@dataclass(frozen=True)
class Claim:
    """Who says what of an act: `asserts` (a report, an allegation) or `denies` (an authority's
    denial). A denial is kept as its own claim beside the others, never merged into a fact."""

    stance: Literal["asserts", "denies"]
    certainty: Certainty
    claimant: Participant | None
    evidence: Span


@dataclass(frozen=True)
class Act:
    """One violation act with its arguments and the evidence it rests on."""

    type: str
    victims: tuple[Participant, ...]
    perpetrators: tuple[Participant, ...]
    evidence: tuple[Span, ...]
    trigger: Span
    certainty: Certainty = "reported"
    claimant: Participant | None = None
    location: Location | None = None
    date: DateValue | None = None
    charges: tuple[Charge, ...] = ()
    penalty: Penalty | None = None
    facility: Facility | None = None
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Extraction:
    """What the pipeline made of one capture: a document and its acts, or a rejection."""

    document: Document | None = None
    acts: tuple[Act, ...] = ()
    rejection: Rejection | None = None
    timings: dict[str, float] = field(default_factory=dict)


MentionRole = Literal["victim", "perpetrator"]


@dataclass(frozen=True)
class Mention:
    """One victim or perpetrator of one act, as the linking stage sees it: the name the
    extractor normalised (`name`) and the name as written (`written`, at `start`:`end` of the
    document's text). Its id is stable across re-extraction, so human decisions can name it."""

    id: str
    document_id: str
    act_id: str
    role: MentionRole
    position: int  # index among the act's victims or perpetrators
    name: str
    written: str
    kind: ParticipantKind
    start: int
    end: int
    language: str
    source: str
    body: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person or organisation resolved across documents: every mention linked to it, and
    for each link the evidence (match weight and the comparisons that made it)."""

    id: str
    kind: Literal["person", "organization"]
    name: str
    aliases: tuple[str, ...]
    mention_ids: tuple[str, ...]
    links: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Incident:
    """Acts from one or more reports that describe one real-world occurrence. `fields` keeps
    every value any source gives (date, place, perpetrators, …) with the sources giving it."""

    id: str
    type: str
    act_ids: tuple[str, ...]
    victim_ids: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]
    fields: dict[str, list[dict[str, Any]]]
    corroboration: int  # independent sources: near-duplicate reposts count once


@dataclass(frozen=True)
class Case:
    """A named criminal case ("the Network case", «дело „Сети“») with its defendants."""

    id: str
    name: str
    aliases: tuple[str, ...]
    defendant_ids: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]
