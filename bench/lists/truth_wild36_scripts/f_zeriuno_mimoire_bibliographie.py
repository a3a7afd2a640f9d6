"""Wild36 truth for Zeriuno/MIMOire Bibliographie.md: the bibliography of a French master's thesis
("mémoire", MIMO programme) on the resilience of information systems, written in a French author-key
citation style with LaTeX leftovers.

Shape: line 1 "## Bibliographie", then 74 references, one per line, with no blank lines between them (so
Markdown renders one long paragraph; each line still ends in a literal "\\newline", except line 11).  Each
reference is "[Key, Year] Authors, Title, *Venue*, vol(issue)\\:pages, year." with French "*et alii*",
"\\:" escapes (rendered ":"), guillemets and a few typos.  Two forms:
- articles: plain title followed by the italic journal -> entries (28 lines: 8, 9, 11, 12, 15, 18, 19,
  24, 27, 32, 41, 42, 43, 46, 51, 52, 54, 56, 57, 60, 61, 62, 63, 64, 66, 67, 71, 75).  Line 19 writes
  its journal without italics, line 46 (Lucas 1984) omits the journal name; line 32 is a Harvard
  Business Review article (title typo "Manages" kept).  Line 24 gives a bilingual title "La résilience\\:
  un concept ... / Resilience: a concept for risk management": the title is the French part, the English
  after " / " is a translation.  Line 43 quotes its title in « »; the guillemets are dropped.
- italic title + publisher: books, edited volumes and proceedings volumes (Camarinha-Matos 13 and
  Caragiannis 14 are whole proceedings books; Keromytis 40 is presented as an Ashgate book; Weyns 72-73)
  -> not entries.  Italic title + URL: web pages, news, op-eds, a blog, a video, a dictionary, The Pirate
  Bay, a Gartner analyst note (30) -> not entries; but three are research documents and are entries:
  line 10 (Brewer et al., Google's "Disks for Data Centers" white paper for FAST 2016, a technical
  report; title "Disks for Data Centers", the rest of the italics "White paper for FAST 2016" is a
  venue label), line 39 (Kadav & Rajimwale, "Reliability Analysis of ZFS", a university technical
  report PDF) and line 53 (Payet 2015, a "mémoire MIMO" master's thesis; its LaTeX accent residue
  "Syst`eme" kept as written).
Title of an article: the text after the author list and before ", *Journal*"; the number of authors is
read from the key ("[Boin, McConnel, 2007]" -> 2, "[Comfort *et alii*, 2001]" -> 1).  No arXiv ids or
DOIs occur.  31 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "Zeriuno__MIMOire__Bibliographie@cf5aaba.md"
PART = "wild36_development"

ARTICLES = {8, 9, 11, 12, 15, 18, 19, 24, 27, 32, 41, 42, 43, 46, 51, 52, 54, 56, 57, 60, 61, 62, 63, 64, 66,
            67, 71, 75}
OVERRIDE = {
    10: "Disks for Data Centers",
    19: "Complex Systems in Crisis: Anticipation and Resilience in Dynamic Environments",
    24: "La résilience\\: un concept pour la gestion des risques",
    39: "*Reliability Analysis of ZFS*",
    43: "Politiques et pratiques de la résilience",
    46: "Organizational power and the information services department",
    53: "*Cartographie du Syst`eme d’Information*",
}
REF = re.compile(r"^\[(?P<key>[^\]]+)\],?\s+(?P<body>.+)$")


def authors_in(key: str) -> int:
    """How many comma-separated author names the key lists ('[Omer, Mostashari, Lindemann 2014]' -> 3)."""
    parts = [p.strip() for p in key.split(",")]
    parts = [re.sub(r"\s+\d[\d/]*$", "", p) for p in parts]
    return sum(1 for p in parts if p and not re.fullmatch(r"[\d/]+", p))


def article_title(key: str, body: str) -> str:
    head = body[: body.index(", *")]
    segments = head.split(",")
    return ",".join(segments[authors_in(key):]).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    refs = 0
    for n, text in enumerate(lines, 1):
        m = REF.match(text)
        if not m:
            continue
        refs += 1
        if n in OVERRIDE:
            title = OVERRIDE[n]
        elif n in ARTICLES:
            title = article_title(m.group("key"), m.group("body"))
        else:
            continue
        assert title.replace("\\", "").strip("*") in text.replace("\\", ""), (n, title)
        papers.append(entry(lines, n, n, title))

    assert refs == 74, refs
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each author-key reference line whose work is a journal/magazine article (plain title before the italic "
        "journal), plus the white paper (10), the technical report (39) and the master's thesis (53), is an "
        "entry, its title the text between the author list and the venue; books, edited and proceedings "
        "volumes, web pages, news, videos and the analyst note are not.",
        "Read all 76 lines and classified each of the 74 references by hand (31 entries, 43 books, volumes, web "
        "pages and media); every entry's title compared with its line in the -v output, including the "
        "overrides (10, 19, 24, 39, 43, 46, 53) and the author-count split on multi-author keys.",
    )


if __name__ == "__main__":
    main()
