"""Wild38 truth for steinea/xyz _posts/commonplace/2016/2016-01-20-tarleton-gillespie-nick-seaver-critical-
algorithm-studies.md (newest commit 9365704): a personal Jekyll site's "commonplace" post that copies Tarleton
Gillespie and Nick Seaver's "Critical Algorithm Studies" reading list (Social Media Collective) -- the
social-science, STS, anthropology, media-studies and legal literature on algorithms as social concerns.

Shape: front matter (1-9), four prose paragraphs, the authors' names, a plain-text table of contents (lines
25-41, section numbers like "0.1 ..." as ordinary paragraphs, no Markdown headings or bullets), then the
sections again as plain paragraphs ("0.1 technical and philosophical precursors ...", "1.1 ...", some with a
parenthesised note paragraph) and under them one unbulleted paragraph per reference, blank-line separated,
in a loose Chicago author-date style: "Surname, Name. Year. “Title.” Venue vol(issue): pages. bare-URL".
Titles are in curly double quotes, doubled single quotes (‘‘...’’, 123 ...), single quotes (171) or, for a
few articles, no quotes at all (127, 186, 200, 300, 319, 421); book titles are never quoted.  Special cases:
- 337-341 and 345-347: one reference broken over three paragraphs (blank lines inside it): one entry each.
- 94-95: two book references with no blank line between (not entries).
- 58: the title is two quoted words, “Algorithm” and “formula.” (kept whole, quotes and all).
- 419: the opening quote is never closed (“Algorithm Aversion: ... Err (July 6,). ...).
- 423: the title starts with a quotation, “I always assumed ... [her]”: Reasoning about ...
- 157, 329: French titles with spaces inside the guillemet-style quotes (“ Dans l’esprit du PageRank ”).
- 377 and 379: the same Webmoor chapter listed twice, and 251 and 451 Burrell's SSRN paper listed in 1.3
  and again in 5: repeated records, separate entries.

Entries (136): every reference to a scholarly work -- journal and law-review articles, conference papers,
chapters and essays in edited volumes, handbooks and lexicons (a chapter "In <book>" counts, whoever edited
the book), working and discussion papers, SSRN preprints, a Microsoft Research technical report (52), a
Tow Center brief (229), the Open Technology Institute and Data & Society papers (243, 245), a PhD thesis
(367), Limn and The Hedgehog Review essays (402, 212).  Not entries: books (75, 86, 90, 92, 94, 95, 97, 145,
151, 163, 177, 239 an edited volume, 272, 278, 290, 315, 365, 369, 383, 390, 404, 447), Slavin's TED talk
(88), the five resource lists of 0.4 (102-110), magazine, newspaper and blog pieces (133 and 381 and 439
The Atlantic, 143 Bitch magazine, 173 a blog, 255 The New Inquiry, 304 DIS Magazine, 306 The Berlin
Journal, 373 Slate), the conference talk with slides (417), the table of contents, section paragraphs and
the closing attribution (453).  Each entry is its reference paragraph(s).
Titles: the quoted text without its quotes and without the stop or comma inside the closing quote; for the
unquoted articles the text between the year and the venue.  Ids come from each reference's own URL: literal
DOIs in informs, ACM, Wiley, Emerald and Taylor & Francis URLs (435's ``?journalCode`` query dropped);
SAGE ``/content/`` URLs, SSRN, cairn.info and personal PDFs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = ("steinea__xyz___posts__commonplace__2016__2016-01-20-tarleton-gillespie-nick-seaver-critical-algorithm-"
        "studies@9365704.md")
PART = "wild38_development"

ENTRY_LINES = [
    46, 48, 50, 52, 54, 56, 58,
    63, 65, 67, 69, 71, 73, 77, 79, 81,
    121, 123, 125, 127, 129, 131, 135, 137, 139, 141, 147, 149, 153, 155, 157, 159, 161, 165, 167, 169, 171, 175,
    182, 184, 186, 188, 190, 192, 194, 196, 198, 200, 202, 204, 206, 208, 210, 212,
    217, 219, 221, 223, 225, 227, 229, 231, 233, 235, 237, 241, 243, 245, 247, 249, 251, 253, 257, 259, 261,
    268, 270, 274, 276, 280, 282, 284, 286, 288, 292, 294, 296, 298, 300, 302,
    313, 317, 319, 321, 323, 325, 327, 329, 331, 333, 335, 337, 343, 345, 349,
    359, 361, 363, 367, 371, 375, 377, 379,
    392, 394, 396, 398, 400, 402, 406, 408, 410,
    415, 419, 421, 423,
    428, 430, 432,
    435, 437, 441, 443, 445, 449, 451,
]
LAST = {337: 341, 345: 347}
NOT_ENTRIES = {75: "Black Box Society", 86: "Automate This", 88: "TedGlobal", 90: "Nine Algorithms", 92: "Unlocked",
               94: "The Formula", 95: "The Glass Cage", 97: "Master Algorithm", 102: "reading list",
               104: "literature survey", 106: "background readings", 108: "Wikipedia", 110: "resources",
               133: "The Atlantic", 143: "Bitch magazine", 145: "Filter Bubble", 151: "Culture of Connectivity",
               163: "Black Box Society", 173: "Speedbird", 177: "Bamboozled", 239: "eds. 2013", 255: "New Inquiry",
               272: "Gaming: Essays", 278: "Cultural Logic", 290: "Software Takes Command", 304: "DIS Magazine",
               306: "Berlin Journal", 315: "An Engine, Not a Camera", 365: "Googlization", 369: "MP3: The Meaning",
               373: "Slate", 381: "The Atlantic", 383: "Builders of the Vision", 390: "Code/Space",
               404: "Addiction by Design", 417: "slideshare", 439: "The Atlantic", 447: "Reverse Engineering"}
# titles not taken from a closed pair of quotes
MANUAL = {
    58: "\u201cAlgorithm\u201d and \u201cformula.\u201d",
    127: "The social, political, economic, and cultural dimensions of search engines: An introduction",
    186: "Digitizing surveillance: categorization, space, inequality",
    200: "Why data is not enough: Digital traces as control of self and self-control",
    300: "You are what you compute (and what is computed for you): Considerations of digital rhetorical "
         "identification",
    319: "How to think about an algorithm? Notes from a not quite random walk",
    337: "\u2018The Formula That Killed Wall Street\u2019: The Gaussian Copula and Modelling Practices in Investment "
         "Banking",
    345: "How Algorithms Interact: Goffman\u2019s \u2018Interaction Order\u2019 in Automated Trading",
    419: "Algorithm Aversion: People Erroneously Avoid Algorithms after Seeing Them Err",
    421: "Participatory trouble: Towards an understanding of algorithmic structures on Facebook",
    423: "\u201cI always assumed that I wasn\u2019t really that close to [her]\u201d: Reasoning about Invisible "
         "Algorithms in News Feeds",
}
QUOTED = re.compile(r"\u2018\u2018(.+?)\u2019\u2019|\u201c(.+?)\u201d(?=[\s.,;:]|$)|\u2018(.+?)\u2019(?=[,.]|\s|$)")
EXPECTED_DOIS = {48: "10.1287/opre.42.2.201", 58: "10.1145/365278.365286", 127: "10.1111/j.1083-6101.2007.00349.x",
                 317: "10.1111/j.1467-8330.2008.00655.x", 435: "10.1080/01972243.2011.583819"}


def quoted_title(text: str) -> str:
    m = QUOTED.search(text)
    assert m, text
    title = next(g for g in m.groups() if g is not None).strip()
    return title.rstrip(".,").rstrip()


def main() -> None:
    lines = read_lines(NAME)
    # every paragraph after the table of contents is a section title or note, an entry, a continuation of
    # a broken entry, a non-entry or the closing attribution
    sections = {i for i, ln in enumerate(lines, 1) if i > 43 and re.match(r"\d\.(\d )?|\(", ln)}
    covered = set(ENTRY_LINES) | set(NOT_ENTRIES) | sections | {339, 341, 347, 453}
    rest = [i for i, ln in enumerate(lines, 1) if i > 43 and ln.strip() and i not in covered]
    assert not rest and len(sections) == 22, (rest, len(sections))
    for n, key in NOT_ENTRIES.items():
        assert key in lines[n - 1], (n, key)
    papers = []
    for first in ENTRY_LINES:
        last = LAST.get(first, first)
        text = " ".join(ln for ln in lines[first - 1:last] if ln.strip())
        title = MANUAL.get(first) or quoted_title(text)
        assert title in text, (first, title)
        p = entry(lines, first, last, title)
        if p["doi"] and "?" in p["doi"]:
            p["doi"] = p["doi"].split("?")[0]
        papers.append(p)
    dois = {p["line"]: p["doi"] for p in papers if p["line"] in EXPECTED_DOIS}
    assert dois == EXPECTED_DOIS, dois
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 136, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reference paragraph (two broken over three paragraphs) to a scholarly work -- articles, conference "
        "papers, chapters in edited books, working papers and preprints, reports and briefs, a thesis, Limn and "
        "Hedgehog Review essays -- is an entry; title = the quoted title without its quotes and final stop (the text "
        "between year and venue when unquoted); books, the TED talk, resource lists, magazine/newspaper/blog pieces "
        "and the conference slides are not entries.",
        "All 453 lines read against the -v output, section by section from 0.1 (46) to 5 (451): each reference "
        "classified by hand (136 entries; 23 books and an edited volume, the TED talk, five resource lists, nine "
        "magazine/newspaper/blog pieces and the slides not), the first and last reference of every section, the "
        "broken references 337-341 and 345-347, the doubled 94-95 paragraph, the special titles 58, 153, 157, 171, "
        "251, 329, 396, 419, 423, 428, the repeated records 377/379 and 251/451, the unquoted titles, and the DOIs of "
        "every informs/ACM/Wiley/Emerald/T&F URL.",
    )


if __name__ == "__main__":
    main()
