"""Records a paper list holds that are no papers, told by their title or text alone: a book by its ISBN,
a part of a book or a course's handout, a template's record waiting for its paper, a talk's slides or
handout that a publication list cites as it cites a paper.  Patterns only."""

from __future__ import annotations

import re

from .prefixes import FIELD_LABELS

ISBN = re.compile(r"\bISBN(?:-1[03])?\b")
#: The title of a part of a book or of a course's handout, never a paper's.
BOOK_PART = re.compile(r"(?i:chapters?[ \t]++\d{1,3}\b|ch\.[ \t]*+\d{1,3}\b|(?:preface|foreword|afterword|epilogue|prologue)\b"
                        r"|(?:[\w\-]++[ \t]++)?appendix(?:[ \t]++[A-Z\d])?$|pre-?read(?:ing)?s?(?:[ \t]++by[ \t].*)?$|table of contents$)")
#: A template's record waiting for its paper: ``**Updating....** * et al, .* [[PDF]]()``.
WAITING = re.compile(r"(?i:updating|to be (?:updated|added|continued)|coming soon|tba|tbd|todo|wip|under construction)\W*$")
#: A part a publisher registers apart from its paper, an id of its own and no paper: a figure or table of it, its
#: reviews and editorial letters, its supplements (``Additional file 2 of Title``, as figshare registers them), a book's
#: index or references, a software package's record.
_REGISTERED_PART = re.compile(r"(?:(?:Supplementary[ \t]++)?(?:Figure|Fig\.|Table|Video|Data[ \t]Sheet)[ \t]*+S?\d{1,3}[:.][ \t]"
                             r"|(?:Figure|Table)[ \t]*+S?\d{1,3}[ \t]++from:|Decision[ \t]letter[ \t]for\b|Author[ \t]response[ \t]for\b"
                             r"|Peer[ \t]Review[ \t]\#\d{1,2}[ \t]of\b|Review[ \t](?:for|of)[ \t]*+[\"“]"
                             r"|(?i:additional[ \t]file|supplementary[ \t](?:file|material|information|data))(?:[ \t]++\d{1,3})?+[ \t]++(?i:of|for)[ \t]"
                             r"|(?:Index|References|Bibliography|Front[ \t]Matter|Back[ \t]Matter|Contents|Preface|Foreword|Epilogue|Prologue|Afterword)"
                             r"(?:\.[ \t]|$))")
#: The DOI of such a part: ``10.7717/peerj.2218/table-2``, ``.../v1/review1``, ``10.32614/cran.package.pcalg``.
_REGISTERED_PART_DOI = re.compile(r"/(?:fig|table|decision|review)-?\d{1,3}$|^10\.32614/cran\.package\.", re.IGNORECASE)


def registered_part(title: str, doi: str | None) -> bool:
    """Whether a record is a part a publisher registers apart from its paper (its title or its DOI says so)."""
    return _REGISTERED_PART.match(title) is not None or bool(doi and _REGISTERED_PART_DOI.search(doi))


#: A title naming a course's lecture or a talk's slides by its last words (``NLP with Deep Learning Stanford Course | Lecture 5``,
#: ``Title Slides PDF``; a paper's title may end in "Course"), or a book's chapter by its number anywhere in it
#: (``Read A Sociology Experiment, "Chapter 3``).
_MATERIAL = re.compile(r"(?i)\b(?:course[ \t]*+[|:\-–][ \t]*+lecture[ \t]++\d{1,2}|lecture[ \t]++series|slides[ \t]++pdf)[ \t]*+$"
                       r"|\b[Cc]hapters?[ \t]++\d{1,3}\b")
#: A book's chapter named after the book's title (``The Mixtape, Chapter “Panel Data”``, ``Companion, Chapter 5.2``,
#: ``Speech and Language Processing - Chapter 6: Title``, ``Book | Chapter 9: Title``).
_CHAPTER_AFTER = re.compile(r",[ \t]*+Chapters?[ \t]++(?:[“\"‘]|\d{1,2}\.\d)|[ \t][-–—|][ \t]++Chapters?[ \t]++\d{1,3}[:.][ \t]")
#: A publisher closing a reference (``MIT Press``, ``Cambridge University Press, Cambridge, MA``, ``Berkeley, CA:
#: University of California Press``, after a quoted title: ``"Title." Owl Press``): a book's.
_PUBLISHER = re.compile(r"(?:^|[.,*:\"”][ \t]*+)(?:[A-Z][\w&\-]*+[ \t]++){0,3}(?:University[ \t]++(?:of[ \t]++[A-Z][\w\-]*+[ \t]++)?)?"
                        r"Press\b(?![ \t]++(?:of|on)\b)")
#: What a part of a larger work names (a journal's or proceedings', an edited book's chapter, its pages): not a whole book.
SERIAL = re.compile(r"\b(?:Journal|Proceedings|Proc\.|Conference|Transactions|Review|Letters|Quarterly|Annals|Bulletin|Handbook|[Vv]ol\.|"
                     r"[Vv]ol[ \t]++\d|LNCS|LNAI|Lecture[ \t]++Notes[ \t]++in|"
                     r"In[ \t:]|(?<!\d(?:st|nd|rd|th)[ \t])[Ee]d(?:itor)?s?\.|\([Ee]ds?\.?\)|[Ee]dited|[Cc]hapter|pp\.|pages)|\d[ \t]*+\(\d{1,3}\)")


#: A publisher written as a record's last sentence, right after its title (``(1986). The Society of Mind. Simon &
#: Schuster.``, ``Title. Oxford University Press.``): a book's, whatever id the record carries; a journal's publisher
#: after its name (``JFP 2018, Cambridge Univ. Press.``) is none.
_PUBLISHER_NAME = (
    r"(?:(?:[A-Z][\w&'\-]*+[ \t]++){1,4}Press"
    r"|(?:[A-Z][\w&'\-]*+[ \t]++){1,3}Publish(?:ers|ing)(?:[ \t]++(?:Inc|Ltd|Co|Company)\.?)?|(?:[A-Z][\w'\-]*+[ \t]++){1,3}Sons|Macmillan"
    r"|(?:(?:John[ \t]++)?Wiley(?:-[A-Z][a-z]++)?(?:[ \t]++(?:&[ \t]++)?Sons)?|Springer(?:-Verlag)?|Addison[- ]Wesley|McGraw[- ]Hill"
    r"|Prentice[- ]Hall|W\.[ \t]?[WH]\.[ \t]?(?:Norton|Freeman)(?:[ \t]++(?:&[ \t]++)?Company)?|Knopf|Bantam(?:[ \t]Books)?|Viking"
    r"|Penguin(?:[ \t]Books)?|Pearson(?:[ \t]Education)?|Longman|Morgan[ \t]Kaufmann|Basic[ \t]Books|Routledge|O['’]Reilly(?:[ \t]Media)?"
    r"|Houghton[ \t]Mifflin|HarperCollins|Random[ \t]House|Simon[ \t]++(?:&|and)[ \t]++Schuster)(?:[ \t]++[A-Z][a-z]++){0,2})")
_PUBLISHER_SENTENCE = re.compile(
    r"(?m)(?<=[.?!*])[ \t]++(?:(?:[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,2}(?:,[ \t]++[A-Z]{2})?|[\u4e00-\u9fff]{2,4})[:：][ \t]*+)?" + _PUBLISHER_NAME
    + r"[.,]?(?:[ \t]++(?:19|20)\d{2}\.?)?[ \t]*+$")
#: A publisher, its city and the year closing a reference between commas (``Title, Addison-Wesley, Reading, MA,
#: 1974.``, ``Title, Morgan Kaufmann, San Francisco, CA, 2001.``): a book's, in the style of Elsevier's references.
_PUBLISHER_CITY = re.compile(r",[ \t]++" + _PUBLISHER_NAME + r"(?:,[ \t]++(?:Inc\.|Ltd\.))?,[ \t]++[A-Z][a-z]++(?:[ \t][A-Z][a-z]++){0,2}"
                             r"(?:,[ \t]++[A-Z]{2,3})?,[ \t]++(?:19|20)\d{2}\.?[ \t]*+$")
#: A blog's post as a reference names it (``Fauna (blog). April 6, 2017.``, ``*Fauna* (博客)``).
_BLOG_SAYS = re.compile(r"[(（](?:[Bb]log|[Bb]log[ \t]post|博客)[)）]")
#: A book's edition (``Fundamentals of Database Systems (6th Ed.)``): a book, unless it is the book a chapter is in
#: (:data:`_IN_BOOK`: ``Title. In: Goss MJ (eds.) Encyclopedia of Soils (2nd ed.).``).
_IN_BOOK = re.compile(r"(?:^|[.,:;”\"][ \t]*+)In[: \t]|\([Ee]ds?\.?\)|\b[Ee]dited[ \t]++by\b")
_EDITION = re.compile(r"\((?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird)[ \t]++(?:[Ee]d\.|[Ee]dition)\)"
                      r"|[(（。][ \t]*+第[ \t]*+(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]*+版")  # (a Chinese edition: "（第 4 版）", "。第三版")


#: What a part of a book names besides :data:`SERIAL`: its pages (``121-139. Routledge.``), an ``In,`` before the book.
_PAGES = re.compile(r"(?<![\d/.])\d{1,5}[ \t]*+[-–][ \t]*+\d{1,5}(?![\d/])|\bIn,")
#: A web address (its ISBN's or DOI's digits are no pages: ``/book/10.1007/978-3-642-24797-2``).
_ADDRESS = re.compile(r"\bhttps?://(?:[^\s<>()\]]|\([^\s<>()]{0,40}+\))++")  # (a DOI's own brackets: "s0166-4115(08)61202-9")


def published_book(text: str) -> bool:
    """Whether a record closes with a book's publisher as a sentence of its own, with no journal or proceedings
    named: a book even where it carries a DOI (a book's, or one a tool matched to it wrongly)."""
    if _BLOG_SAYS.search(text) is not None or _EDITION.search(text) is not None and _IN_BOOK.search(text) is None:
        return True  # ("Title. Fauna (blog). April 6, 2017.", "**Title (6th Ed.)**. Boston: Pearson.")
    publisher = _PUBLISHER_SENTENCE.search(text) or _PUBLISHER_CITY.search(text)
    text = _ADDRESS.sub(" ", text) if "://" in text else text  # (an address's digits and words are no pages nor journal)
    return publisher is not None and _PAGES.search(text) is None and not any(
        not m.group(0).startswith("In") or text[max(0, m.start() - 2) : m.start()].rstrip(" \t")[-1:] in ("", ".", ",", "”", '"')
        for m in SERIAL.finditer(text))  # ("The Conscious Mind: In Search of ...": a title's words, no book it is in)


#: What follows a reference's title when it is a post or an interview, not a paper: its blog, thread or interview
#: named as its venue (``. X/Twitter-Thread und ...``, ``. Interview zur ...``, ``. *DHCraft Blog*.``), maybe after the
#: rest of a title cut short (`` – Wie Frontier-LLMs funktionieren. *DHCraft Blog*``).
_POST_AFTER = re.compile(r"[^.\n]{0,80}?[.,][\"”]?[ \t]++[*_]{0,2}+(?:[\w\-/&]++[ \t]++){0,3}?(?:[\w\-/]{0,30}?(?:Blog|Twitter|Podcast|Newsletter)"
                         r"|Interview|Blog[ \t]post|Tweet)\b")


#: A volume and issue (``8(2)``, ``n°3-5``).
_ISSUE = re.compile(r"\d\([\d\-–]{1,9}\)|n°[ \t]*+\d")


def book_or_part(title: str, text: str, arxiv: bool, doi: str | None) -> bool:
    """Whether a record found as a paper is a book, a part of one or of the list's own handouts, or a part a
    publisher registers apart from its paper; a record with an arXiv id is a paper whatever it says."""
    if (BOOK_PART.match(title) or _MATERIAL.search(title) or book_record(text)) and not (arxiv or doi):
        return True  # ("Chapter 2, Title", "Preface", "Pre-read", "NLP Stanford Course", "Title Slides PDF"; "Title. MIT Press." and no id)
    if not (arxiv or doi) and title and (after := text.partition(title)[2]) and _POST_AFTER.match(after) \
            and not _PAGES.search(after) and not _ISSUE.search(after) and ".pdf" not in text.lower():
        return True  # ("Title. X/Twitter-Thread.", "Title. Interview zur KI-Forschung.", "Title. *DHCraft Blog*.": a post, a talk;
        # a newsletter's or a magazine's article gives its volume and pages, a lab's report on its blog its PDF)
    return registered_part(title, doi) or not arxiv and published_book(text)  # (a paper's figure, its review; a book, DOI or not)


#: An APA reference's title in italics right after its year: a book's or a report's (an article's title is plain,
#: its journal in italics after it): ``Barn, A. (1958). *Title*. Methuen, London.``
_APA_ITALIC = re.compile(r"\((?:19|20)\d{2}[a-z]?\)\.(?:\*\*|__)?[ \t]++(?:\*(?!\*)[^*\n]{8,300}?\*|_(?!_)[^_\n]{8,300}?_)(?P<rest>[^*_]*+)$")
#: What the rest of such a reference says when the work is a paper after all (a thesis, a report, a preprint, its pages).
_PAPER_AFTER = re.compile(r"(?i)thes[ie]s|tesi|dissertation|report|preprint|working|paper|arxiv|doi|https?:|proceedings|conference|congres"
                          r"|kongres|symposi|workshop|journal|\b(?:In|En|No)\b|\d[ \t]*+[-–][ \t]*+\d|\(\d")


#: A book's imprint as GOST writes it: city, publisher and year, then its number of pages (``-М.: Химия, 2009.-400 с.``,
#: ``-Amsterdam etc.: Elsevier, 2004.-IX, 288 p.``); an article gives its journal and page range instead.
_GOST_BOOK = re.compile(r"[-–—][ \t]*+[A-ZА-ЯЁ][^:\n]{0,40}+:[ \t]*+[^,\n:]{1,80}+,[ \t]*+(?:19|20)\d{2}\.?[ \t]*+[-–—][ \t]*+"
                        r"(?:[IVXLC]{1,6}+,[ \t]*+)?\d{2,4}[ \t]*+(?:p|pp|с|c|S|стр)\.")


def book_record(text: str) -> bool:
    """Whether a record is a book or a book's chapter by its text: a chapter named after the book's title, a
    publisher closing it (no journal or proceedings named), an APA title in italics and nothing of a paper after it."""
    if _CHAPTER_AFTER.search(text) or _GOST_BOOK.search(text):
        return True
    if (apa := _APA_ITALIC.search(text.split("\n", 1)[0].rstrip())) is not None and apa.group("rest").strip(" .,") \
            and _PAPER_AFTER.search(apa.group("rest")) is None:
        return True
    m = _PUBLISHER.search(text)
    return m is not None and SERIAL.search(_ADDRESS.sub(" ", text) if "://" in text else text) is None


#: What a publication list says a work is, in a sentence after its title, when it is a talk's or a class's material
#: (``Title. Slides from a talk at...``, ``Title. Handout from a colloquium``, ``Title. Seminar notes, MIT.``; never
#: ``Title. *Lecture Notes in Computer Science*``, a series of proceedings); or a line of the record opening by saying
#: it is a blog post or a talk (``Blog post describing ...``, ``Guest Talk in a programme ...``).
_TALK_SAYS = re.compile(r"[.:][*_\"”']*+[ \t]++[*_]*+(?:slides|(?:seminar[ \t]++)?handout|(?:seminar|class|course|lecture)[ \t]++notes(?![ \t]++in\b)"
                        r"|(?:notes|materials)[ \t]++(?:for|from)|website[ \t]++for[ \t]++(?:a[ \t]++)?course"
                        r"|(?:invited[ \t]++)?talk[ \t]++(?:at|given)|keynote)\b"
                        r"|^[ \t]*+(?:a[ \t]++)?(?:blog[ \t]++post|(?:guest|invited)[ \t]++talk)\b", re.IGNORECASE | re.MULTILINE)


#: A title labelled as a talk's or a class's material (``Slides: Title``, ``Lecture notes: Title``).
_TALK_LABEL = re.compile(r"(?:slides|handout|(?:lecture|class|course)[ \t]++notes)[ \t]*+[:：]", re.IGNORECASE)


def talk_material(title: str, record: str) -> bool:
    """Whether a record's title or its sentence after the title says the work is a talk's slides or handout
    or a class's notes; or its PDFs are the slides it also links as a presentation (``[[pdf](l1.pdf), [pptx](l1.pptx)]``)."""
    return _TALK_LABEL.match(title) is not None or _TALK_SAYS.search(record) is not None or _slides_only(record)


#: A link's address (``(assets/l1.pptx)``).
_TARGET = re.compile(r"\(([^()\s]++)\)")
_SLIDES = (".pptx", ".ppt", ".key", ".odp")


def _slides_only(record: str) -> bool:
    """Every PDF the record links is a presentation's it also links (the same address but for the extension)."""
    if ".pp" not in record and ".key" not in record and ".odp" not in record:
        return False
    targets = [m.group(1) for m in _TARGET.finditer(record)]
    slides = {t.rsplit(".", 1)[0] for t in targets if t.lower().endswith(_SLIDES)}
    pdfs = [t.rsplit(".", 1)[0] for t in targets if t.lower().endswith(".pdf")]
    return bool(pdfs) and all(t in slides for t in pdfs)


#: GB/T 7714's mark of an online resource (``Title[EB/OL]. 2013. https://github.com/...``): a web page, a program or
#: a data set; an article online is marked ``[J/OL]``.
_ONLINE = re.compile(r"\[EB/OL\]")


#: IEEE's mark of a link (``[Online]. Available: <url>``), and what a record citing a paper also names: a journal's
#: volume, issue or pages, proceedings, a journal, a preprint, a report's number, a thesis.
_IEEE_ONLINE = re.compile(r"\\?\[Online\\?\]\.?[ \t]*+Available", re.IGNORECASE)
_PAPER_FIELDS = re.compile(r"\b(?:vol|no|pp|Proc|Rep)\.|\b(?:in|In)[ \t]++(?:Proc|the[ \t]++Proc)|Journal|Transactions|Conference|Symposium|"
                           r"Workshop|arXiv|doi|Thesis|thesis|Dissertation|Letters|Review\b|\*[^*\n]{3,120}\*")


def online_resource(text: str) -> bool:
    """Whether a record is cited as an online resource: by GB/T 7714 (``[EB/OL]``), or by IEEE (``Title," CERT/CC, 9 June
    2004. [Online]. Available: <url>``) naming no journal, proceedings, pages or report: no paper, unless it links one."""
    if "[EB/OL]" in text and _ONLINE.search(text) is not None:
        return True
    return "Online" in text and (m := _IEEE_ONLINE.search(text)) is not None and _PAPER_FIELDS.search(text, 0, m.start()) is None


def field_label(title: str, line: str) -> bool:
    """Whether a title is a field's label written as one on its line (``- **Citation:** Proceedings of FOCS``): no paper."""
    label = title.strip(" :：*")
    return label.lower() in FIELD_LABELS and re.search(re.escape(label) + r"[*_]*+[ \t]*+[:：]", line) is not None


def labelled_or_online(title: str, line: str) -> bool:
    """Whether a record's first line shows it is no paper: an online resource (:func:`online_resource`) or a
    field's label (:func:`field_label`)."""
    return online_resource(line) or field_label(title, line)


#: A title that is a date or a week and nothing else (``August 2022 (3/4)``, ``Week 3-4``, ``2022/04``): a schedule's label.
_DATE_LABEL = re.compile(r"\W*+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}+\.?[ \t]++(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]++)?"
                         r"(?:19|20)\d{2}|weeks?[ \t]*+\d{1,2}|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)"
                         r"(?:[ \t]*+(?:[-–&,]|and)[ \t]*+\d{1,2})*+[ \t]*+(?:\(\d{1,2}/\d{1,2}\))?\W*+", re.IGNORECASE)


def date_label(title: str) -> bool:
    """Whether a title is a date or a week alone (a reading log's label over its papers), no paper's."""
    return _DATE_LABEL.fullmatch(title) is not None
