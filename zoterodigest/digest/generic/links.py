"""Which links and ids name a paper, and of what kind (pure functions).

A paper is identified by any paper link or id: arXiv (abs, pdf, html, old-style
ids, versions), DOI (doi.org links, ``doi:`` and DOIs inside publisher URLs),
OpenReview, ACL Anthology, CVF open access, PMLR, NeurIPS proceedings, ACM DL,
IEEE Xplore, Springer, Nature, ScienceDirect, bioRxiv/medRxiv, SSRN, PubMed/PMC
and direct PDFs.  Code, badges, videos, blogs, model cards and homepages are
kept as links of their kind but never make an entry on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...ids import ARXIV_URL_SEARCH, ArxivId, normalise_doi, parse_arxiv
from .doi_urls import publisher_doi

# (kind, host/path pattern) in order: the first that matches names the link.
_PAPER_HOSTS: tuple[tuple[str, str], ...] = (
    ("arxiv", r"(?:^|//|\.)(?:arxiv\.org(?!/(?:list|search|a|archive|catchup|year|help|login|user|about)\b)|ar5iv\.(?:labs\.arxiv\.)?org|alphaxiv\.org|arxiv-vanity\.com/papers|semanticscholar\.org/arxiv)/"),
    ("doi", r"(?:^|//)(?:dx\.)?doi\.org/10\."),
    ("openreview", r"openreview\.net/(?:forum|pdf|attachment)"),
    ("acl", r"aclanthology\.org/(?:[A-Z]\d{2}-\d{4}|\d{4}\.[\w-]+\.\d+)|aclweb\.org/anthology/(?:[A-Z]|\d{4}\.[\w-]+\.\d)"),
    ("cvf", r"openaccess\.thecvf\.com/content|cv-foundation\.org/openaccess/content|ecva\.net/papers/"),
    ("pmlr", r"proceedings\.mlr\.press/v\d+/\w|jmlr\.org/(?:papers/v|beta/papers)"),
    ("neurips", r"(?:papers|proceedings)\.(?:nips\.cc|neurips\.cc)/paper(?:_files/paper)?/(?:\d{4}/(?:hash|file)/|\d+-)"),
    ("acm", r"(?:dl|portal)\.acm\.org/(?:doi/(?!proceedings|book)|citation)"),
    ("ieee", r"ieeexplore\.ieee\.org/(?:document|abstract|stamp|xpls)"),
    ("springer", r"link\.springer\.com/(?:article|chapter|content)"),
    ("nature", r"nature\.com/articles/"),
    ("sciencedirect", r"sciencedirect\.com/science/article"),
    ("biorxiv", r"biorxiv\.org/content/"),
    ("medrxiv", r"medrxiv\.org/content/"),
    ("ssrn", r"ssrn\.com/(?:abstract|sol3/papers)|papers\.ssrn\.com"),
    ("pubmed", r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/\d"),
    ("pmc", r"ncbi\.nlm\.nih\.gov/pmc/articles|pmc\.ncbi\.nlm\.nih\.gov/articles"),
    ("paper", (r"ojs\.aaai\.org/+index\.php/AAAI/article|aaai\.org/(?:ojs|Papers|papers|ocs/index\.php/\w+/\w+/paper)/"
              r"|ijcai\.org/proceedings/\d{4}/\d|transacl\.org/ojs/index\.php/tacl/article|direct\.mit\.edu/tacl/article")),
    ("paper", r"semanticscholar\.org/paper|huggingface\.co/papers/\d|papers\.nips\.cc/book"),
    ("paper", r"onlinelibrary\.wiley\.com/doi|tandfonline\.com/doi|journals\.aps\.org/\w+/abstract|iopscience\.iop\.org/article"),
    ("paper", r"science\.org/doi/|pnas\.org/doi/|academic\.oup\.com/\w+/article|mdpi\.com/\d{4}-\d{4}/|frontiersin\.org/articles?/"),
    ("paper", r"plos\w*\.org/\w+/article|cell\.com/\S+/fulltext|hess\.copernicus\.org/articles|copernicus\.org/articles"),
    ("paper", r"techrxiv\.org/doi|chemrxiv\.org/engage|preprints\.org/manuscript|researchsquare\.com/article|osf\.io/preprints"),
    ("paper", r"/doi/(?:abs/|full/|pdf/)?10\.\d{4,9}/|pubs\.acs\.org/doi"),
    ("paper", r"agupubs\.onlinelibrary|researchgate\.net/publication|embopress\.org/content|academic\.oup\.com"),
    ("paper", r"(?:neurips|nips|icml|iclr|mlsys|cvpr|eccv|iccv)\.(?:cc|org)/virtual/\d{4}/(?:poster|oral|spotlight|paper)"),
    ("paper", r"(?:neurips|nips|icml|iclr)\.cc/Conferences/\d{4}/Schedule(?:Multitrack)?\?(?:[\w=&]*&)?event=\d"),  # (a paper's page in the schedule)
)
_PAPER_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PAPER_HOSTS]
#: Per pattern above, words one of which a matching URL holds (lower-cased): a cheap first
#: look, so that a URL is searched only by the patterns of its host.
_PAPER_KEYS: tuple[tuple[str, ...], ...] = (
    ("arxiv", "ar5iv", "alphaxiv"), ("doi.org",), ("openreview",), ("aclanthology", "aclweb"),
    ("thecvf", "cv-foundation", "ecva"), ("mlr.press", "jmlr"), ("nips.cc", "neurips.cc"), ("acm.org",), ("ieee",),
    ("springer",), ("nature.com",), ("sciencedirect",), ("biorxiv",), ("medrxiv",), ("ssrn",), ("ncbi",), ("ncbi",),
    ("aaai", "ijcai", "transacl", "mit.edu"), ("semanticscholar", "huggingface", "nips.cc"),
    ("wiley", "tandfonline", "aps.org", "iop.org"), ("science.org", "pnas", "oup.com", "mdpi", "frontiersin"),
    ("plos", "cell.com", "copernicus"), ("techrxiv", "chemrxiv", "preprints.org", "researchsquare", "osf.io"),
    ("/doi/", "acs.org"), ("agupubs", "researchgate", "embopress", "oup.com"), ("/virtual/",),
    ("event=",),
)
assert len(_PAPER_KEYS) == len(_PAPER_RE)
_KEYS_RE = re.compile("|".join(sorted({re.escape(k) for keys in _PAPER_KEYS for k in keys}, key=len, reverse=True)))
#: More publishers, proceedings and paper pages met on real lists (issue 26), named after
#: a direct PDF (a PDF on these hosts stays a ``pdf`` link).
_MORE_PAPER_HOSTS = re.compile(
    (r"sciencemag\.org/content/|pnas\.org/content/|frontiersin\.org/journals/[\w-]+/articles/|aanda\.org/articles/"
     r"|adsabs\.harvard\.edu/(?:#)?abs/|jstage\.jst\.go\.jp/article/|biomedcentral\.com/articles/|hindawi\.com/journals/"
     r"|elifesciences\.org/articles/|thelancet\.com/journals/\w+/article|jamanetwork\.com/journals/\w+/fullarticle"
     r"|bmj\.com/content/|cambridge\.org/core/journals/[\w-]+/article|jstor\.org/stable/|nber\.org/papers/w\d"
     r"|pubs\.aip\.org/\w+/\w+/article|isca-speech\.org/archive|computer\.org/csdl/(?:journal|proceedings)"
     r"|vldb\.org/pvldb/vol\d+/p\d|bmva\.org/bmvc/|ceur-ws\.org/Vol-\d|elibrary\.ru/item\.asp\?id="
     r"|paperswithcode\.com/paper/|hdl\.handle\.net/\d|microsoft\.com/(?:en-us/)?research/publication/"
     r"|kdd\.org/kdd\d{4}/(?:(?:accepted-)?papers|subtopic)/view/|deepai\.org/publication/|journals\.aps\.org/\w+/pdf/10\."
     r"|/publications?/[\w%.\-]{16,}/?(?:$|[?#])"
     r"|cds(?:web)?\.cern\.ch/record/\d|rdcu\.be/\w|citeseerx\.ist\.psu\.edu/(?:viewdoc|document)|ora\.ox\.ac\.uk/objects/uuid"
     r"|/handle/\d{3,}(?:\.\d+)?/\d+"  # (a lab's page of one publication; a thesis in a university's DSpace)
     r"|proceedings\.iclr\.cc/paper|(?:distill|transformer-circuits)\.pub/20\d\d/[\w-]{3}"  # (Distill: a journal's articles, a year in their path)
     r"|(?:hal\.science|archives-ouvertes\.fr|hal\.[\w.-]+\.fr)/(?:[\w-]+/)?(?:hal|tel|halshs|inria|inserm|cea|ird|pastel|dumas)-\d{6}"
     r"|theses\.fr/\d{4}[A-Z]{2,5}\d{3,4}|nature\.com/\w+/journal/v\w+/n\w+/(?:full|abs|pdf)/|cacm\.acm\.org/magazines/\d{4}/\d{1,2}/\d"
     r"|cell\.com/[\w-]+/(?:abstract|fulltext|pdf)/S\d|par\.nsf\.gov/(?:servlets/purl|biblio)/\d|f1000research\.com/articles/\d"
     r"|jair\.org/index\.php/jair/article/view/\d|projecteuclid\.org/(?:euclid\.\w+/\d|journals/[\w-]+/volume-)|links\.jstor\.org/sici"
     r"|/cgi/viewcontent\.cgi\?(?:[\w=&]*&)?article=\d|isca-archive\.org/\w+/|eprint\.iacr\.org/\d{4}/\d|//ia\.cr/\d{4}/\d"
     r"|osti\.gov/(?:biblio|servlets/purl)/\d|ntrs\.nasa\.gov/citations/\d|research\.google(?:\.com)?/pubs/"
     r"|escholarship\.org/uc/item/\w|asmedigitalcollection\.asme\.org/\w+/article|/content/early/\d{4}/\d\d/\d\d/\w|journals\.ametsoc\.org/view/journals/\w"
     r"|direct\.mit\.edu/\w+/article/|europepmc\.org/(?:article|abstract)/(?:MED|PMC)/\w|scholar\.archive\.org/work/\w|dblp\.org/rec/\w"
     r"|usenix\.org/conference/(?:usenixsecurity|osdi|nsdi|atc|fast|woot|soups|hotcloud|hotstorage|raid)\d{2}/(?:technical-sessions/)?presentation/[\w-]|ndss-symposium\.org/(?:ndss-paper|ndss\d{4}/[\w-]*programme)/[\w-]{8}"
     r"|(?:opg\.optica|osapublishing)\.org/\w+/(?:abstract|fulltext|viewmedia)\.cfm\?uri="),  # (Optica's, formerly OSA's, journals)
    re.IGNORECASE,
)
#: A cheap first look before the search above (most links are none of these hosts).
_MORE_KEYS = ("optica", "osapublishing", "elibrary.ru", "sciencemag", "pnas", "frontiersin", "aanda", "adsabs", "jstage", "biomedcentral", "hindawi", "elife",
              "thelancet", "jamanetwork", "bmj.com", "cambridge.org", "jstor", "nber", "aip.org", "isca-speech",
              "computer.org", "vldb", "bmva", "ceur-ws", "paperswithcode", "handle.net", "microsoft.com", "kdd.org",
              "deepai", "aps.org", "/publication", "rdcu.be", "cern.ch", "citeseerx", "ora.ox.ac.uk", "/handle/",
              "iclr.cc", "hal.", "archives-ouvertes", "theses.fr", "nature.com", "cacm.acm", "cell.com", "par.nsf.gov", "f1000research",
              "jair.org", "projecteuclid", "jstor", "viewcontent.cgi", "transformer-circuits", "isca-archive", "iacr", "ia.cr", "osti.gov", "nasa.gov", "research.google",
              "escholarship", "asmedigitalcollection", "ametsoc", "/content/early/", "usenix.org/conference", "ndss-symposium",
              "distill.pub", "direct.mit.edu", "europepmc", "scholar.archive", "dblp.org/rec")
_NOT_PAPER_DOI = re.compile(r"/(?:proceedings|book|toc|journal)/", re.IGNORECASE)
_ANY_DOI = re.compile(r"/10\.\d{4,9}/[\w.()\-;:]{3,}")
_PDF_RE = re.compile(r"\.pdf(?:$|[?#])|\.ps(?:\.gz|\.Z)?(?:$|[?#])|\.djvu(?:$|[?#])", re.IGNORECASE)  # (PostScript and DjVu: a paper's file too)
_OTHER_HOSTS: tuple[tuple[str, str], ...] = (
    ("badge", r"img\.shields\.io|badge\.fury|badgen\.net|/badge(?:s)?/|travis-ci|api\.star-history"),
    ("code", r"github\.com|gitlab\.com|bitbucket\.org|gitee\.com|huggingface\.co/spaces|colab\.research"),
    ("huggingface", r"huggingface\.co/"),
    ("video", r"youtube\.com|youtu\.be|vimeo\.com|bilibili\.com"),
    ("summary", (r"medium\.com|zhihu\.com|towardsdatascience|substack\.com|/blog|blog\.|wikipedia\.org|mp\.weixin\.qq\.com|csdn\.net|"
                r"cnblogs\.com|jianshu\.com|juejin\.cn")),
    ("website", r"github\.io"),
)
_OTHER_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _OTHER_HOSTS]
#: The same patterns as the words they match (for lower-cased ASCII URLs: a substring test each).
_OTHER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("badge", ("img.shields.io", "badge.fury", "badgen.net", "/badge/", "/badges/", "travis-ci", "api.star-history")),
    ("code", ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "huggingface.co/spaces", "colab.research")),
    ("huggingface", ("huggingface.co/",)), ("video", ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com")),
    ("summary", ("medium.com", "zhihu.com", "towardsdatascience", "substack.com", "/blog", "blog.", "wikipedia.org", "mp.weixin.qq.com",
                 "csdn.net", "cnblogs.com", "jianshu.com", "juejin.cn")),
    ("website", ("github.io",)),
)
_OTHER_WORD_LIST = tuple((kind, w) for kind, words in _OTHER_WORDS for w in words)
#: Link kinds that identify a paper (an entry needs one, or a bare id).
PAPER_KINDS = frozenset({"arxiv", "pdf", "doi"} | {k for k, _ in _PAPER_HOSTS})

_ARXIV_MIRROR = re.compile(r"(?:arxiv\.org/ftp/arxiv/papers/\d{4}/|ar5iv\.(?:labs\.arxiv\.)?org/(?:html|abs)/"
                           r"|alphaxiv\.org/(?:abs|overview|pdf)/|arxiv-vanity\.com/papers/|semanticscholar\.org/arxiv/)"
                           r"(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)", re.IGNORECASE)
_HF_PAPER = re.compile(r"huggingface\.co/papers/(\d{4}\.\d{4,5})(?!\d)", re.IGNORECASE)

# Ids written in text: arXiv:ID (new or old style, with a version; an attribute ``data-arxiv-id="ID"``),
# doi:..., and bare URLs.
_ARXIV_TEXT = re.compile(
    r"(?<![\w/.])arxiv\s*+(?:[:：]\s*+|[-_]?id[ \t]*+[=:][ \t]*+[\"']?)?(?:abs/)?((?:\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)(?!\w)",
    re.IGNORECASE,
)
_DOI_TEXT = re.compile(r"(?<![\w/])doi\s*:\s*(10\.\d{4,9}/(?:[^\s\[\]()>\"',;]|\([^\s()<>\"',;]{1,20}\))++)", re.IGNORECASE)
#: A DOI as text, with ``doi:`` or bare (``Talon mechanics 10.1016/j.cell.2020.01.001``; not inside an address).
_DOI_OR_BARE = re.compile(r"(?<![\w/])doi\s*:\s*(10\.\d{4,9}/(?:[^\s\[\]()>\"',;]|\([^\s()<>\"',;]{1,20}\))++)"
                          r"|(?<![\w/.=%-])(10\.\d{4,9}/(?:[^\s\[\]()>\"',;]|\([^\s()<>\"',;]{1,20}\))*[\w])",
                          re.IGNORECASE)
#: A bare URL (not one inside a link, an angle autolink, quotes or ``attr=``; but ``DOI=http...``
#: and ``URL=http...``, as ACM's reference style writes them, are bare URLs).
BARE_URL = re.compile(r"(?:(?<=[Dd][Oo][Ii]=)|(?<=[Uu][Rr][Ll]=)|(?<![<\[\"'=])(?<!\]\())\bhttps?://[^\s<>()\[\]|\"'`]+(?:\([^\s()]*\)[^\s<>()\[\]|\"'`]*)*")


#: How many addresses the pure functions below remember: a list names most of its
#: addresses more than once (a line is read by several readers), each is classified once.
#: (Forgotten after each document: see :func:`forget_urls`.)
_URLS = 16384


@lru_cache(maxsize=_URLS)
def link_class(url: str) -> str | None:
    """The paper kind of a URL (``arxiv``, ``doi``, ``openreview``... or ``pdf``), else None.
    A library proxy's address (``www-sciencedirect-com.lib.idm.oclc.org``) is its publisher's;
    a Google Scholar look-up of one title is that paper's page."""
    if "proxy" in url or ".idm.oclc.org" in url:
        url = unproxied(url)
    if "google." in url and _SCHOLAR_LOOKUP.search(url) and not _SEARCH_OPERATORS.search(url):
        return "paper"  # (or a web search for one title: "google.com/search?q=Title+Words"; never a topic's query)
    low = url.lower()
    present = set(_KEYS_RE.findall(low))
    if present:
        for (kind, pattern), keys in zip(_PAPER_RE, _PAPER_KEYS, strict=True):
            if not present.isdisjoint(keys) and pattern.search(url):
                return kind
    if _PDF_RE.search(url) and not re.search(r"slides?|ppts?\b|pptx?/|poster|supp|lecture|tutorial|cheat", url, re.IGNORECASE):
        return "pdf"
    if any(k in low for k in _MORE_KEYS) and _MORE_PAPER_HOSTS.search(url):
        return "paper"
    return "paper" if "/10." in url and _ANY_DOI.search(url) and not _NOT_PAPER_DOI.search(url) else None  # a DOI in the path


#: A library proxy's host: the publisher's host with its dots as dashes, then the proxy's domain.
_PROXIED = re.compile(r"^(?P<s>https?://)(?P<h>[\w-]++)\.(?:[\w-]++\.){0,3}?(?:idm\.oclc\.org|ezproxy\.[\w.-]++|proxy\.[\w.-]++)"
                      r"(?=[/:?#]|$)", re.IGNORECASE)
_SCHOLAR_LOOKUP = re.compile(r"scholar\.google\.[a-z.]+/scholar_lookup\?(?:[^#\s]*&)?title="
                             r"|scholar\.google\.[a-z.]+/scholar\?(?:(?!cites=|cluster=)[^#\s&]*+&)*?q=(?:(?:[^&#\s+%]|%(?!20)[0-9A-Fa-f]{2})*+(?:\+|%20)){2}"
                             r"|(?:www\.)?google\.[a-z.]+/search\?(?:[^#\s]*&)?q=(?:[^&#\s+]*+\+){2}|google\.[a-z.]+/search\?(?:[^#\s]*&)?q=[^&#\s+]{12}",
                             re.IGNORECASE)


#: What a search for a topic holds and one for a title does not: a quoted phrase, OR, AND.
_SEARCH_OPERATORS = re.compile(r"%22|\+(?:OR|AND)\+|%20(?:OR|AND)%20")


def unproxied(url: str) -> str:
    """``url`` with a library proxy's host turned back into its publisher's
    (``https://www-sciencedirect-com.ucd.idm.oclc.org/x`` -> ``https://www.sciencedirect.com/x``)."""
    m = _PROXIED.match(url)
    if m is None or "-" not in m.group("h"):
        return url
    return m.group("s") + m.group("h").replace("--", "\0").replace("-", ".").replace("\0", "-") + url[m.end() :]


@lru_cache(maxsize=_URLS)
def other_class(url: str) -> str | None:
    """The kind of a link that is not a paper (code, badge, video...), if known."""
    low = url.lower()
    if low.isascii():
        for kind, word in _OTHER_WORD_LIST:  # (in order: the first kind holding a word)
            if word in low:
                return kind
        return None
    for kind, pattern in _OTHER_RE:
        if pattern.search(url):
            return kind
    return None


def clean_url(url: str) -> str:
    """A bare URL without the punctuation that closes a sentence or a Markdown span."""
    while url and url[-1] in ".,;:!?*_~'\"":
        url = url[:-1]
    if url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


@lru_cache(maxsize=_URLS)
def arxiv_of(url: str) -> ArxivId | None:
    """The arXiv id a URL names (arXiv pages, arXiv DOIs, Hugging Face paper pages)."""
    a = parse_arxiv(url)
    if a:
        return a
    low = url.lower()
    if "arxiv" in low:
        m = re.search(r"arxiv\.org/(?:abs|pdf|html|format)/(.+?)(?:\.pdf)?/?(?:[?#].*)?$", url, re.IGNORECASE)
        if m:
            return parse_arxiv(m.group(1))
        m = re.search(r"10\.48550/arxiv\.(\S+)$", url, re.IGNORECASE)
        if m:
            return parse_arxiv(m.group(1))
    if "xiv" in low and (m := _ARXIV_MIRROR.search(url)):  # arXiv's ftp form, ar5iv, alphaxiv
        return parse_arxiv(m.group(1))
    m = _HF_PAPER.search(url)
    return parse_arxiv(m.group(1)) if m else None


@lru_cache(maxsize=_URLS)
def doi_of(url: str) -> str | None:
    """The DOI a URL (or ``doi:`` text) names, arXiv DOIs excepted."""
    doi = normalise_doi(url) or publisher_doi(url)
    if doi and doi.startswith("10.48550/"):
        return None
    if doi and doi.startswith("10.1162/") and doi.count("/") > 1:
        doi = "/".join(doi.split("/")[:2])  # MIT Press: the article number after the DOI is not part of it
    return doi


def forget_urls() -> None:
    """Empty the caches of the address functions above (between documents)."""
    for fn in (link_class, other_class, arxiv_of, doi_of):
        fn.cache_clear()


@dataclass(slots=True)
class Identity:
    """What one entry's links and ids say about its paper."""

    links: dict[str, str] = field(default_factory=dict)
    arxiv: ArxivId | None = None
    doi: str | None = None
    papers: int = 0
    #: (kind, url) already added, and each kind's next free number: adding stays constant
    #: time however many links of one kind a line holds (``code``, ``code-2``, ...).
    _added: set[tuple[str, str]] = field(default_factory=set, compare=False, repr=False)
    _next: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def paper_id(self) -> str | None:
        """What names the paper: its arXiv id, else its DOI; None when neither is known."""
        return self.arxiv.id if self.arxiv else self.doi

    def add(self, kind: str, url: str) -> None:
        """``url`` under ``kind``, else ``kind-2``, ``kind-3``...; a URL already under
        that kind is not added twice."""
        if (kind, url) in self._added:
            return
        self._added.add((kind, url))
        n = self._next.get(kind, 1)
        key = kind if n == 1 else f"{kind}-{n}"
        while key in self.links:  # (only links added here use these keys)
            n += 1
            key = f"{kind}-{n}"
        self.links[key] = url
        self._next[kind] = n + 1

    def add_link(self, label_kind: str | None, url: str) -> None:
        """Add a link; ``label_kind`` is what its label says (``code``, ``paper``...).
        A link labelled as a paper counts as one wherever it points (even nowhere)."""
        if not url:
            self.papers += label_kind == "paper"
            return
        paper = link_class(url)
        if paper == "pdf" and label_kind not in (None, "paper"):
            paper = None
        elif paper is None and label_kind == "paper" and (other_class(url) not in ("code", "video", "badge")
                                                          or _PDF_RE.search(url)):
            paper = "paper"
        a = arxiv_of(url)
        if a and self.arxiv is None:
            self.arxiv = a
        d = doi_of(url) if paper in ("doi", "acm", "springer", "nature", "paper", "biorxiv", "medrxiv", None) else None
        if d and self.doi is None:
            self.doi = d
        if a and paper is None:
            paper = "arxiv"
        if paper:
            self.papers += 1
            if paper == "arxiv" and "/pdf/" in url.lower():
                paper = "pdf"
            self.add(paper, url)
        else:
            self.add(other_class(url) or label_kind or "link", url)

    def add_text_ids(self, text: str) -> None:
        """Ids written as text: ``arXiv:2101.00001``, ``doi:10.1000/x``, arXiv addresses."""
        if "rxiv" in text.lower():
            self._arxiv_text(text)
        if ("doi" in text.lower() or "10." in text) and _doi_may_start(text):
            for m in (_DOI_TEXT if "10." not in text else _DOI_OR_BARE).finditer(text):
                d = normalise_doi(m.group(1) or m.group(m.lastindex or 1))
                if not d:
                    continue
                a = arxiv_of(d)
                if a and self.arxiv is None:
                    self.arxiv = a
                elif not a and self.doi is None:
                    self.doi = d
                self.papers += 1

    def _arxiv_text(self, text: str) -> None:
        # In ASCII text each match holds its literal at the same column of the lower-cased text:
        # an address "arxiv.org/" (at most 15 characters of scheme and host before it), an id
        # "arxiv" not followed by "."; the searches start there, or are skipped.
        low = text.lower()
        ascii_ = low.isascii()
        at = low.find("arxiv.org/") if ascii_ else 0
        pos = max(0, at - 15)
        while at >= 0 and (m := ARXIV_URL_SEARCH.search(text, pos)) is not None:  # (each match after the last)
            self.papers += 1
            self.arxiv = self.arxiv or parse_arxiv(m.group(0))
            pos = m.end()
            if ascii_:  # (the next address, if any: no search runs on to the end of the text)
                at = low.find("arxiv.org/", pos)
                pos = max(pos, at - 15)
        if ascii_ and low.count("arxiv") == low.count("arxiv."):
            return
        for m in _ARXIV_TEXT.finditer(text):
            a = parse_arxiv(m.group(1))
            if a:
                self.papers += 1
                self.arxiv = self.arxiv or a


def _doi_may_start(text: str) -> bool:
    """Whether ``_DOI_TEXT`` or ``_DOI_OR_BARE`` may match ``text`` (a cheap first look): a "doi"
    before a colon, or a "10." that no word or address character precedes; a text not in ASCII
    is always searched (its case folding is the pattern's business)."""
    if not text.isascii():
        return True
    low = text.lower()
    k = low.find("doi")
    while k >= 0:
        if low[k + 3 :].lstrip()[:1] == ":":
            return True
        k = low.find("doi", k + 1)
    k = text.find("10.")
    while k >= 0:
        if k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "_/.=%-"):
            return True
        k = text.find("10.", k + 1)
    return False
