"""What stands before a title in a list's line: a venue, a date or a label
(``IEEE TNNLS-22 [Title](url)``, ``ICLR'24-spotlight Title``), and the link labels
that never are titles (``[pdf]``, ``[code]``, ``[知乎]``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...memo import memo
from ..markup import CJK_LETTER, plain
from .byline import is_venue_text
from .links import link_class
from .name_lists import person_names

if TYPE_CHECKING:
    from .inline import Head

_GENERIC_LABEL = re.compile(
    r"^\W*+(?:(?:view|read|see|open|get|visit|access|go[ \t]++to)[ \t]++(?:the[ \t]++|full[ \t]++)?+)?+(?:original[ \t]++)?+(?:paper|papers|pdf|link|links|source|sources|resources?|full[- ]text|preprint|download|code|codes|arxiv|doi|pub|project|project page|website|web|homepage|github|docs?|documentation|"
    r"slides?|video|blog|demo|bib|bibtex|supp|supplementary|poster|dataset|data|page|official|unofficial|url|abs|"
    r"html|open access paper|original paper link|paper link|openreview|acl|cvf|ieee|acm|springer|nature|model|"
    r"huggingface|hf|talk|notes?|markdown|md|review|summary|abstract|tweet|twitter|medium|zhihu|pmc|pubmed|pmid|biorxiv|medrxiv|ssrn|plos|wiley|jstor|researchgate|sciencedirect|知乎|论文|代码|项目|主页|链接|论文链接|原文|原文链接|地址|论文地址|下载|連結|リンク|링크|"
    r"статья|статьи|исходный код|код|видео|презентация|сайт|слайды?|論文|コード|논문|코드|artículo|código|artigo|"
    r"lecture slides|lecture notes|lecture|course notes|class notes|handouts?|recording|transcript|"
    r"(?:short |long |explanation |explainer |oral |spotlight )?+(?:video|presentation|talk))?"
    r"(?:[-\s]*+(?:v\d|version \d|[a-z]*\d{2,4}(?:[./-]\d{1,2}){0,2}|link))?(?:[ \t]*+\([^()\n]{1,30}\))?\W*+$",
    re.IGNORECASE,
)


#: A label of emoji shortcodes only (``:blue_book:``, ``:scroll: :memo:``): an icon, never a title.
_SHORTCODES = re.compile(r"[^\w:]*+(?::[a-z0-9_+\-]{1,40}:[^\w:]*+)++", re.IGNORECASE)


#: A date alone (``08/19/2016``, ``2016-08-19``, ``2021.05.07``): an episode's page, never a title.
_DATE_ONLY = re.compile(r"\W*+(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\W*+")

#: An arXiv id alone, named (``[arXiv:2206.04927]``, ``arXiv 2206.04927v2``), or a DOI alone (``[10.1527/x.39](url)``):
#: the paper's link, never its title.
_ID_ONLY = re.compile(r"\W*+(?:arxiv[: \t]*+\d{4}\.\d{4,5}(?:v\d{1,2})?|(?:doi[: \t]*+)?10\.\d{4,9}/[^\s\]]++)\W*+", re.IGNORECASE)


#: Where a label names two things at once (``Paper / Resource``, ``PDF & Code``, ``Slides, Video``).
_LABEL_JOIN = re.compile(r"[/&+,;|]|\band\b|\bor\b", re.IGNORECASE)


@memo(4096)
def is_generic_label(label: str) -> bool:
    text = plain(label)
    if _GENERIC_LABEL.match(text) or _SHORTCODES.fullmatch(text) or _DATE_ONLY.fullmatch(text) or _ID_ONLY.fullmatch(text):
        return True
    parts = [part.strip() for part in _LABEL_JOIN.split(text)] if len(text) <= 60 else []
    return len(parts) >= 2 and all(part and _GENERIC_LABEL.match(part) for part in parts)


@memo(4096)
def label_kind(label: str) -> str | None:
    """What a link's label says it is (``code``, ``video``... or ``paper``), if anything."""
    key = plain(label).strip("[] ").lower()
    if not key or len(key) > 30 or len(key.split()) >= 3 and not is_generic_label(label):
        return None  # (a title's words are no label: "Timely Dataflow: A model" is no dataset)
    for word, kind in (("code", "code"), ("github", "code"), ("video", "video"), ("youtube", "video"), ("review", "review"),
                       ("summary", "summary"), ("blog", "summary"), ("note", "summary"), ("slide", "slides"),
                       ("project", "website"), ("page", "website"), ("web", "website"), ("demo", "demo"),
                       ("data", "dataset"), ("model", "model"), ("hf", "huggingface"), ("huggingface", "huggingface"),
                       ("paper", "paper"), ("pdf", "paper"), ("pub", "paper"), ("book", "paper"), ("article", "paper"),
                       ("论文", "paper")):
        if word in key:
            return kind if kind != "paper" or is_generic_label(label) else None
    return None


_PREFIX_MARK = re.compile(r"(?:19|20)\d{2}|\b[A-Za-z]+(?:[ \t]?+['’]|[-'’ ])?\d{2}\b|[:：]\s*$")  # ("SIGIR '20, [Title](url)")
#: Words of a venue written before a title: acronyms (``IEEE``, ``NAACL-HLT``), numbers, arXiv.
_VENUE_WORDS = re.compile(r"(?:(?>[A-Z][A-Za-z]*[A-Z][\w'’\-]*|arXiv|preprint|workshop|\d[\w'’\-]*)\s*+)++$")


#: A name before a dash and a linked title (``OwlNet -``, ``3D-Owl-GAN —``); a bold label (``**OwlNet**:``).
_BOLD_LABEL = re.compile(r"(?:\*\*|__)\w[^*_:：]{0,28}(?:\*\*|__)[ \t]*+[:：]")
_NICKNAME = re.compile(r"\w[^\s\[\]()*`|]*+(?:[ \t]\w[^\s\[\]()*`|]*+){0,2}[ \t]++[-–—]")


def skip_prefix(line: str, pos: int, links: list[tuple[str, str, int, int]]) -> tuple[int, str | None]:
    """Past a venue, date or label written before a paper link whose text is the title:
    ``IEEE TNNLS-22 [Title](url)``, ``2022 [Title](url)``, ``Survey of X: [Title](url)``,
    ``OwlNet - [Title](url)``, ``**OwlNet**: [Title](url)``."""
    nxt = next(((label, url, s) for label, url, s, _ in links if s >= pos and label != "badge"), None)
    if nxt is None or not line.startswith("[", nxt[2]) or is_generic_label(nxt[0]) or len(nxt[0].split()) < 2:
        return pos, None
    prefix = line[pos : nxt[2]].strip()
    if (_NICKNAME.fullmatch(prefix) or _BOLD_LABEL.fullmatch(prefix)) and link_class(nxt[1]) is not None \
            and not person_names(nxt[0]):
        return nxt[2], None  # "OwlNet - [Title](url)": a nickname or a label, not the title nor a venue
    if CJK_LETTER.search(prefix) and not CJK_LETTER.search(nxt[0]) and link_class(nxt[1]) is not None:
        return nxt[2], None  # "2018 arXiv 一篇综述 [Title](url)": a note in another script before the title
    if (not prefix or len(prefix.split()) > 5 or any(c in prefix for c in "[]()*\"`|")
            or not (_PREFIX_MARK.search(prefix) or _VENUE_WORDS.match(prefix)) or link_class(nxt[1]) is None):
        return pos, None
    return nxt[2], prefix.rstrip(":： ")


_VENUE_WORD = re.compile(r"(?P<v>[A-Za-z]{2,})['’\- ]?(?:19|20)?\d{2}(?:-[A-Za-z]+)?[ \t]+(?=[A-Z][\x20-\x7e]*[ \t]\S+[ \t]+\S)")
_VENUE_NAMES = frozenset({"TNNLS", "TPAMI", "PAMI", "TIP", "TKDE", "TMLR", "TACL", "PAKDD", "ICDM", "SDM", "WSDM",
                          "CIKM", "SIGIR", "WWW", "UAI", "AISTATS", "COLT", "INTERSPEECH", "COLING", "EACL", "NAACL",
                          "EMNLP", "ACL", "IJCAI", "AAAI", "ICRA", "IROS", "WACV", "BMVC", "ACCV", "ISBI", "TMI",
                          # systems, architecture, databases, networks, security, software, programming languages, HCI
                          "OSDI", "SOSP", "NSDI", "EuroSys", "ATC", "ASPLOS", "ISCA", "MICRO", "HPCA", "PPoPP", "SC",
                          "ICPP", "HPDC", "MLSys", "SoCC", "FAST", "VLDB", "PVLDB", "SIGMOD", "ICDE", "PODS", "CIDR",
                          "SIGCOMM", "INFOCOM", "MobiCom", "MobiSys", "SenSys", "CCS", "NDSS", "ICSE", "FSE", "ASE",
                          "ISSTA", "TSE", "TOSEM", "PLDI", "POPL", "OOPSLA", "CHI", "UIST", "CSCW", "DAC", "ICCAD",
                          "TOCS", "TOG", "TVCG", "TACO", "TPDS"})


def venue_names() -> frozenset[str]:
    """Venue acronyms known to the reader (a few built in, the mappings' aliases)."""
    if not _KNOWN:
        from ...mappings import venue_aliases

        _KNOWN.append(_VENUE_NAMES | {k for k in venue_aliases() if " " not in k})
    return _KNOWN[0]


_KNOWN: list[frozenset[str]] = []
#: A venue's acronym and a year beside it: ``CVPR 2023``, ``(ICCV2021)``, ``ECCV'22``, ``NeurIPS-2020``.
_ACRONYM_YEAR = re.compile(r"(?<![\w-])(?P<v>[A-Za-z][\w-]{1,14}?)[ \t'’-]?(?:19|20)?\d{2}(?:\.[01]\d(?![\w.]))?+(?!\w|\.\d)")


_EVENT_OR_SENTENCE = re.compile(r"[*_\"“ \t]*+(?:we|our|i|it|this|these|they|there|here|see|check|read|join)\b", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:workshops?|symposi(?:um|a)|conferences?|tutorials?|challenges?|competitions?|keynotes?|talks?|"
                    r"meetups?|summer school|datasets?)\b", re.IGNORECASE)


def known_venue(line: str, head: Head) -> bool:
    """A title of four words or more beside a known venue's acronym (or arXiv) and a year (``[(CVPR2023) Title](code)``,
    ``Title [[code]](url) ECCV 2022``, ``arXiv 2025.03, Title, [website](url)``): a paper, whatever its links are."""
    more = len(line[head.title_more[0] : head.title_more[1]].split()) if head.title_more else 0  # ("**Nick**: Rest")
    if head.title is None or not head.links or len(line[head.title[0] : head.title[1]].split()) + more < 4 \
            or _EVENT_OR_SENTENCE.match(line, head.title[0]) or _EVENT.search(line, head.title[0], head.title[1]) \
            or any(url.startswith("#") for _, url, _, _ in head.spans):
        return False  # (a link is needed: "We met at the meetup (ICML 2021)" is a note; a workshop is an event;
        # a link to a place in the page is a line of contents)
    names = venue_names()
    t0, t1 = head.title
    return any((m.group("v") in names or m.group("v").lower() == "arxiv") and (not t0 <= m.start() < t1 or line[m.start() - 1] in "(（" and line[m.end() : m.end() + 1] in (")", "）"))
               for m in _ACRONYM_YEAR.finditer(line))  # (in the title's span, but in its own parentheses: "Title (IJCAI19)")


def skip_venue_word(line: str, pos: int) -> tuple[int, str | None]:
    """Past a venue and year written before a plain title: ``ICLR'24-spotlight Title``, ``CVPR-21 Title``,
    any name with an apostrophe and two digits (``Owlcomputing'24 Title``)."""
    if line[pos : pos + 1].isdigit() and (m := _YEAR_VENUE.match(line, pos)) is not None \
            and (m.group("v") in venue_names() or sum(c.isupper() for c in m.group("v")) >= 2):
        return m.end(), f"{m.group('v')} {m.group('y')}"  # ("20-OSDI-Title", "20-FCCM-Title": a year, an acronym, hyphens)
    if line[pos : pos + 1].isdigit() and (m := _YEAR_VENUE_UNDERSCORED.match(line, pos)) is not None:
        known = m.group("v").upper() in _upper_venues() or sum(c.isupper() for c in m.group("v")) >= 2
        return m.end(), f"{m.group('v')} {m.group('y')}" if known else None  # ("23_ASE_Title", "22_Cloud_Title": a year and
        # a word glued by underscores open no title; an unknown word is no venue to keep)
    if (c := _VENUE_YEAR_COLON.match(line, pos)) is not None and (c.group("v") in venue_names()
                                                                   or len(c.group("y")) == 4 and c.group("v").isupper()):
        return c.end(), f"{c.group('v')} {c.group('y')}"  # ("AAAI15: Title", "TKDE2018： Title", "TMM 2021: Title")
    if (slash := _VENUE_SLASH.match(line, pos)) is not None and (slash.group("v").isupper() or slash.group("v").upper() in _upper_venues()):
        return slash.end(), line[pos : slash.end("v")]  # ("ASPLOS / Title", "EuroSys | Title": a venue's acronym, a slash)
    if (c := _VENUE_COMMA.match(line, pos)) is not None and (c.group("v") in venue_names() or c.group("v").lower() == "arxiv"):
        return c.end(), line[pos : c.end("t")]  # ("arXiv 2025.06, Title", "CVPR 2024 best paper, Title": a known venue, a year,
        # a comma; "COVID 2020, Title" is no venue's tag: an unknown name would become the paper's venue)
    m = _VENUE_WORD.match(line, pos)
    if m is None or m.group("v") not in venue_names() and line[m.end("v") : m.end("v") + 1] not in ("'", "’"):
        return pos, None
    return m.end(), line[pos : m.end()].strip()


#: A venue, a year (and month), a few words of an award, then a comma before a title: ``arXiv 2025.06, ``,
#: ``ICML 2024 oral, ``, ``SIGGRAPH 2024 Best Paper Honorable Mention, ``.
_VENUE_COMMA = re.compile(r"(?P<v>[A-Za-z][A-Za-z&\-]{1,14})[ \t'’\-]?+(?:19|20)\d{2}(?:[./\-][01]?\d)?+(?![\w.])"
                          r"(?P<t>(?:[ \t]++[A-Za-z]{2,12}){0,4})[ \t]*+,[ \t]++(?=[*_\"“]{0,2}[A-Z0-9])")


#: A venue's name (and year) before a slash or a bar and a title: ``ATC / Title``, ``OSDI'20 | Title``.
_VENUE_SLASH = re.compile(r"(?P<v>[A-Za-z]{2,12})(?:['’\- ]?(?:19|20)?\d{2})?[ \t]++[/|][ \t]++(?=[A-Z0-9])")


def _upper_venues() -> frozenset[str]:
    """The known venues' names in capitals (``EUROSYS`` is EuroSys)."""
    if not _KNOWN_UPPER:
        _KNOWN_UPPER.append(frozenset(v.upper() for v in venue_names()))
    return _KNOWN_UPPER[0]


_KNOWN_UPPER: list[frozenset[str]] = []


#: A year and a venue glued to a title by hyphens: ``20-OSDI-Title``, ``2019-SIGCOMM-Title``.
_YEAR_VENUE = re.compile(r"(?P<y>(?:19|20)?\d{2})-(?P<v>[A-Za-z][A-Za-z0-9]{1,14})[ \t]*+-[ \t]*+(?=[^\s\-])")


#: A year and a word glued to a title by underscores: ``23_ASE_Title``, ``21_ICSE Workshop_Title``, ``23_ICSE-SEIP_Title``.
_YEAR_VENUE_UNDERSCORED = re.compile(r"(?P<y>(?:19|20)?\d{2})_(?P<v>[A-Za-z][A-Za-z0-9]{1,14}(?:[- ][A-Za-z]{2,12})?)_(?=[^\s_])")
#: A venue's acronym and its year, then a colon before a title: ``AAAI15: ``, ``TKDE2018： ``, ``TMM 2021: ``.
_VENUE_YEAR_COLON = re.compile(r"(?!COVID|SARS|MERS|Covid)(?P<v>[A-Za-z]{2,10})[ \t'’\-]?(?P<y>(?:19|20)?\d{2})[ \t]*+[:：][ \t]*+(?=[A-Z0-9\"“])")


#: Words of a title right after a link (``] PointNet: Deep Learning on ...``, ``\] Title``): three words at least.
_TITLE_AFTER = re.compile(r"\\?+\]?(?:\*\*|__)?+[ \t]*+(?:(?:[-–—]|_[-–—]_)[ \t]++)?[\w\"“‘][^\s\[\]()]*+(?:[ \t]++[^\s\[\]()]++){2}")  # (a dash may part them: "[2025 Nature](url) - Title")


def venue_label(line: str, at: int, end: int, label: str) -> bool:
    """A link before a title whose text is a venue (``[[CVPR](url)] Title``, ``[NeurIPS 2019](url) Title``):
    a known venue or a venue and year, in brackets an acronym, a label with a number or a kind of paper
    (``[[ITSC](url)]``, ``[[3DV2021](url)]``, ``[[Survey](url)]``), never ``[[Book](url)]``;
    words of a title follow it."""
    text = plain(label).strip()
    if not text or not line.startswith("[", at) or not _TITLE_AFTER.match(line, end):
        return False
    if len(text.split()) > 3:  # (a journal's abbreviated name and year in brackets: "[[Nat. Mach. Intell. 2023](url)] Title")
        return at > 0 and line[at - 1] == "[" and _LONG_VENUE.fullmatch(text) is not None
    if text.split()[0].strip("'’-") in venue_names() or is_venue_text(text):
        return True
    return (at > 0 and line[at - 1] == "[" and len(text.split()) <= 2 and text[0].isalnum()
            and (sum(c.isupper() for c in text) >= 2 or any(c.isdigit() for c in text) or text.lower() in _PAPER_KINDS))


#: A venue of four to six words with its year, maybe a track after it ("Pattern Recognition Letters 2023", "AAAI 2023 (Student Abstract)").
_LONG_VENUE = re.compile(r"[A-Z][\w.&\-]*+(?:[ \t]++[A-Za-z][\w.&\-]*+){0,5}?[ \t]++(?:19|20)\d{2}(?:[ \t]++\([A-Z][\w ]{2,30}\))?")


#: Labels in brackets that say what kind of paper follows (not a book, a talk or a course).
_PAPER_KINDS = frozenset({"survey", "review", "paper", "preprint", "journal", "conference", "workshop", "thesis",
                          "report", "position", "benchmark", "technical report", "short paper", "long paper"})


def paper_link_title(line: str, title: tuple[int, int] | None, title_url: str | None,
                     spans: list[tuple[str, str, int, int]]) -> tuple[int, int] | None:
    """The text of a later link to a paper that reads as a title, after a model's name that
    links elsewhere (``**[OwlNet](docs)** (from Owl Lab) released with the paper [Title](arXiv)``)."""
    if title is None or title_url is None or link_class(title_url) is not None:
        return None
    for label, url, s, _ in spans:
        if s < title[1] or not line.startswith("[", s) or link_class(url) is None:
            continue
        words = plain(label).split()
        if len(words) >= 3 and not is_generic_label(label) and not person_names(label) and (k := line.find("](", s)) > s:
            return s + 1, k
    return None


def short_name(title: str) -> bool:
    """A model name rather than a title (``GoogLeNet``, ``R-CNN, UC Berkeley``; not ``Owls: Fast, quiet``)."""
    return len(title.split(",")[0].split()) <= 3 and len(title.partition(": ")[2].split()) < 2


#: Bold labels of a paper's fields (``**Authors**:``), never a paper's title.
FIELD_LABELS = frozenset({
    "author", "authors", "author(s)", "abstract", "keywords", "venue", "affiliation", "affiliations", "code",
    "paper", "links", "link", "tl;dr", "tldr", "summary", "note", "notes", "published", "publication", "conference",
    "journal", "year", "date", "status", "tags", "institution", "institutions", "citation", "cite", "bibtex",
    "comment", "comments", "contribution", "contributions", "method", "results", "dataset", "datasets", "project",
    "project page", "pdf", "arxiv", "doi", "url", "github", "authors and affiliations", "作者", "摘要",
})


#: A bold part of a link's text.
_BOLD_PART = re.compile(r"\*\*(?=\S)([^*]{4,300}?)(?<=\S)\*\*")


def bold_part(label: str) -> tuple[int, int] | None:
    """The one bold part of a link's text that holds more words around it (a reference written as the link)."""
    parts = list(_BOLD_PART.finditer(label))
    if len(parts) != 1 or len(parts[0].group(1).split()) < 2:
        return None
    rest = label[: parts[0].start()] + " " + label[parts[0].end() :]
    return (parts[0].start(1), parts[0].end(1)) if len(_WORD.findall(rest)) >= 2 else None


_WORD = re.compile(r"[^\W\d_]{2,}")


def bracketed_label(label: str) -> bool:
    """A link's text in brackets of its own (``[[mixup'18]](url)``): a tag naming the paper, not its title."""
    return label.startswith("[") and label.endswith("]") and "[" not in label[1:-1]
