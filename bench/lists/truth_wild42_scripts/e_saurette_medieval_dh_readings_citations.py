"""Wild42 truth for MarcSaurette/Gitbook readings.md: the "Readings" page of a GitBook guide for HIST 4006 at
Carleton University (digitizing medieval manuscripts, 2018-19), a humanities course syllabus.

Shape: ``# Readings``, then one ``## N. Topic`` section per class (25; classes 1, 11, 12, 21-25 say "No readings").
Each section has a prose paragraph and ``*`` bullets of readings written out in mixed citation styles: Chicago
(``Pearson, Erika. “Title.” Journal 14, no. 3 (date). url``), MLA-like ``Author, "Title," _Venue_, vol, pages, url``,
``Author, "Title," in _Book_`` for chapters, a linked title (``Author, "[Title](url)" In Journal``, 225), a title split
around a link (280), bare URLs as link texts, ``\\(``/``\\)`` escapes, and notes such as ``(on slack)``.  Most bullets
are not scholarly works: blog posts, tweets, Wired/JSTOR Daily/Chronicle pieces, YouTube lectures of an EdX course
(136-161), websites and databases, digitized manuscripts, Programming Historian and TEI tutorials, guides, standards
(NISO, AMREMM), textbook chapters (``_IMS_, chp. 2-3``), monographs and their chapters, a recorded talk.  Special
cases: the Darnton article (59) continues on a nested bullet ``* * [doi]...`` (60) that also cites, in brackets, the
1982 essay it reflects on; a nested note (183) cites Ramsay's article in _Manuscript Studies_ under a bullet about a
book (182); a sub-bullet note under an article (181); a title ending in a stray ``Authors`` copied from the journal's
page (24); a link text ``Paper delivered at the 18th Annual Conference ...`` after the quoted title (45); the review
of 313 named only as ``[Andrew Dunning review](url)'s Jeffrey deWitt's _Petrus Plaoul..._``; two optional readings
written as plain paragraphs, not bullets (360, 362); a ``{% embed %}`` GitBook tag (27).

Decisions:
- An entry is a record (bullet, or paragraph 360/362) whose subject is a scholarly work: journal articles (including
  open-access journals: First Monday, Digital Medievalist, Hybrid Pedagogy, Archive Journal, D-Lib, In the Library
  with the Lead Pipe), a conference paper (45) and poster (279), a conference paper in a repository (266), review
  articles (284, 313), and research chapters of edited volumes (90, 92, 172, 208, 211, 354, 355, 360).  33 entries.
- The Darnton bullet (59-60) is two entries on the same lines: the 2007 article and the 1982 Daedalus essay cited in
  its bracket note (ids of the latter: none; its only link is a Harvard repository handle).  The nested note 183 is an
  entry (it cites Ramsay's article by author, title and journal, as reading); 181 belongs to 180's record (180-181).
- Not entries: everything listed under Shape as not scholarly, single-author monographs and their chapters (115, 116,
  166, 167, 177, 178, 182, 191, 209, 326), the textbook chapters, Cappelli's translated introduction (105), guides
  (130, 162), the capstone blog (312), and the Nature article linked only as "imaging project discussed here" in a
  bullet about a digitized scroll (78: the record's subject is the scroll).
- Title: the quoted (or linked) title as written, markup and the final citation ',' or '.' removed: ``“What Is the
  History of Books?” Revisited`` (59), the stray ``Authors`` of 24 kept (it stands inside the quotes), 280 joined
  around its link, 180 with its ``"The Butcher’s Bill”`` quotes; null for 313 (no title, only "Andrew Dunning review").
- Ids: DOIs written literally (doi.org links, the Carleton proxy ``doi-org.proxy...`` URL 23, Digital Medievalist and
  American Archivist URLs holding the DOI, the closing '/' of the Digital Medievalist URLs dropped; 211's is the
  volume's DOI, the only one the record gives); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "MarcSaurette__Gitbook__readings@938389c.md"
PART = "wild42_development"

# first line -> (last line, title); None = no title.
ENTRIES = {
    12: (12, "Promoting Open Access Publications and Academic Projects"),
    13: (13, "Twitter as a Learning Community in Higher Education."),
    16: (16, "All the World Wide Web’s a Stage: The Performance of Identity in Online Social Networks."),
    22: (22, "Are We All Online Content Creators Now? Web 2.0 and Digital Divides,"),
    23: (23, "Digital media production and identity: Insights from a psychological perspective,"),
    24: (24, "Omeka and Other Digital Platforms for Undergraduate Research Projects on the Middle Ages Authors"),
    44: (44, "Push, Pull, Fork: GitHub for Academics"),
    45: (45, "The Emergence of GitHub as a Collaborative Platform for Education"),
    59: (60, "“What Is the History of Books?” Revisited"),
    63: (63, "Silent Reading and its impact on Late Medieval Reading"),
    90: (90, "Biting, Kissing and the Treatment of Feet: The Transitional Script of the Long Twelfth Century,"),
    92: (92, "Writing the Words,"),
    131: (131, "The Cantus Database: Mining for Medieval Chant Traditions"),
    172: (172, "Book History from Descriptive Bibliographies"),
    180: (
        181,
        ("\"The Butcher’s Bill”: Using the Schoenberg Database to Reverse-Engineer Medieval and Renaissance"
        " Manuscript Books from Constituent Fragments"),
    ),
    183: (
        183,
        ("Towards a Universal Catalogue of Early Manuscripts: Seymour de Ricci’s Census of Medieval and"
        " Renaissance Manuscripts in the United States and Canada."),
    ),
    208: (208, "Futures of the Book,"),
    211: (211, "What is a Scholarly Digital Edition?"),
    225: (
        225,
        ("Will that Surrogate Do?: Reflections on Material Manuscript Literacy in the Digital Environment from"
        " Islamic Manuscripts at the University of Michigan Library"),
    ),
    226: (226, "Why do we Digitize?"),
    266: (266, "Raw as Archival Still Image Format: A Consideration"),
    279: (
        279,
        ("Benefits of the International Image Interoperability Framework (IIIF) Featuring Medieval Palimpsest"
        " Manuscripts,"),
    ),
    280: (
        280,
        ("'Bottled or Tap?' A Map for Integrating International Image Interoperability Framework (IIIF) into"
        " Shared Shelf and Artstor"),
    ),
    284: (
        284,
        ("Review: International Image Interoperability Framework (IIIF); Gallica; e-Codices: Virtual Manuscript"
        " Library of Switzerland,"),
    ),
    298: (
        298,
        ("On Not Writing a Review about Mirador: Mirador, IIIF, and the Epistemological Gains of Distributed"
        " Digital Scholarly Resources."),
    ),
    313: (313, None),
    317: (317, "Archives, Undergraduates, and Inquiry-Based Learning: Case Studies from Yale University Library"),
    318: (318, "Public History and Liberal Learning: Making the Case for the Undergraduate Practicum Experience,"),
    354: (354, "TRAVERSALS: A Method of Preservation for Born-Digital Texts,"),
    355: (355, "A Glitch in the Tower: Academia, Disability, and Digital Humanities"),
    360: (360, "Disability, Universal Design, and the Digital Humanities"),
    362: (362, "Preservation In Practice: A Survey Of New York City Digital Humanities Researchers"),
}
DAEDALUS = "What Is the History of Books?"


def plain(text: str) -> str:
    """The line as rendered: links to their text, emphasis and escapes removed, spaces collapsed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\\([()\[\]_])", r"\1", text)
    text = re.sub(r"(?<!\w)_+|_+(?!\w)", "", text)
    return re.sub(r"\s+", " ", text)


def main() -> None:
    lines = read_lines(NAME)
    sections = [n for n, ln in enumerate(lines, 1) if re.match(r"^## (?:\*\*)?\d+\. ", ln)]
    assert len(sections) == 25, len(sections)
    bullets = [n for n, ln in enumerate(lines, 1) if re.match(r"^ *\* ", ln)]
    assert len(bullets) == 169, len(bullets)
    papers = []
    for first, (last, title) in ENTRIES.items():
        own = plain(" ".join(lines[first - 1 : last]))
        assert title is None or title in own, (first, title, own)
        p = entry(lines, first, last, title)
        if p["doi"] and p["doi"].endswith("/"):  # Digital Medievalist article URLs end in '/', not part of the DOI
            p["doi"] = p["doi"].rstrip("/")
        papers.append(p)
        if first == 59:
            assert f"‘{DAEDALUS}’ Dædalus 111, no. 3 (1982)" in own, own
            second = entry(lines, 59, 60, DAEDALUS)
            second["arxiv"], second["doi"] = None, None
            papers.append(second)
    assert "Andrew Dunning review" in lines[312] and "ride.i-d-e.de" in lines[312]
    assert "nature.com/articles/srep27227" in lines[77]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d == {
        22: "10.1111/jcc4.12042",
        23: "10.1177/2042753014568179",
        24: "10.16995/dm.69",
        59: "10.1017/s1479244307001370",
        131: "10.16995/dm.42",
        172: "10.1017/cco9781139152242.015",
        211: "10.11647/obp.0095",
        284: "10.1525/jams.2018.71.2.561",
        298: "10.16995/dm.78",
        317: "10.17723/aarc.74.1.mml4871x2365j265",
    }, d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet (or optional-reading paragraph) whose subject is a scholarly work -- journal article, conference"
        " paper or poster, review article, research chapter of an edited volume -- is an entry on its line(s); the"
        " Darnton bullet (59-60) is two entries (its bracket note cites the 1982 essay); blogs, news and magazine"
        " pieces, videos, websites, tutorials, guides, standards, textbook chapters, monographs and their chapters"
        " are not entries; title = the quoted or linked title as written (null for 313's unnamed review); DOIs"
        " written literally in the record's links.",
        "Whole file read (385 lines, 169 bullets in 25 class sections) record by record against the -v output: every"
        " kept record and title (checked against the rendered line by the script), the left-out kinds listed in the"
        " docstring with their lines, the two-entry Darnton record 59-60, the nested notes 181 and 183, the stray"
        " 'Authors' of 24, the split title 280, the paragraphs 360/362, the unnamed review 313, the Nature link in"
        " the scroll bullet 78 left out, and the ten DOIs (proxy URL 23, volume DOI 211).",
    )


if __name__ == "__main__":
    main()
