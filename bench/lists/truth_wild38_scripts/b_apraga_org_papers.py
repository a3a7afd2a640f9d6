"""Wild38 truth for apraga/notes notes/papers.md: a French physician-programmer's org-mode reading list
("papers.org") converted to Markdown by pandoc, kept in the notes repository (Jan 2024).

Shape: "# Topic tag" headings (Math, CS, Physics, Medecine, Other), then one "## " heading per record whose
text is an org task: a status word ("TOREAD", "SKIMMED", or pandoc's "[DONE]{.done .DONE}") and an APA-like
citation "Authors (year): title tags".  Org's hard line wrap split every citation: the heading holds the first
line and the citation carries on in the next paragraph (1-5 lines, e.g. 13/15-17, 74/76-79).  The org tags
are glued to the end of the title without punctuation ("... misinterpretations math stats", "... The Visual
Microphone cs paper sound", ":infectious: covid19", "... drosophila :animals", "... databases medecine:").
The three DONE headings end with a pandoc id attribute "{#...}" (58, 108, 116).  Where a record has
several tags, pandoc joined them with a no-break space U+00A0 (17, 21, 35, 112; also 53).  Titles are lower-cased by the
export except line 69's all-caps title.  Some records carry the owner's notes in French (paragraphs or
"-   " bullets, 116-145) or an org :PROPERTIES: drawer rendered as bullets (96-98).

Decisions:
- Entry = a "## " record heading whose citation is an article, through its last line before the next
  heading (continuation lines, tag line, notes, drawer).  20 entries.
- Not entries: 5 Reinhart "Statistics done wrong" (a book), 19 Fong & Spivak "Seven sketches in
  compositionality" (tagged "book"), 27 a machine-learning course, 51 Rudnicka 2005 (a review of the textbook
  "Essential Medical Statistics", with publisher, pages, price and ISBN: the record is about the book), the
  heading-only records 25 "Inpainting maths", 37 "Lukas' papers", 39 "Slides GPU" (with a broken link, 41).
- The last two lines (190-191, "Sensitivity of RT-PCR on swab = 71% vs 98 for chest CT-scan") are a stray note
  about the chest-CT paper of line 58 that ended up after the last record; they are left out of line 183's
  entry (183-188).
- Title = the citation text after "(year): " (heading and continuation lines joined by a space), without the
  org tags at its end (listed per line in TAGS; on 9 and 63 the tag stands alone on line 11/65) and without the "{#...}" attribute; case kept as written.
  Line 13's title keeps "p values" that the wrap split over two lines.
- Ids: the file has no links, DOIs or arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "apraga__notes__notes__papers@5dd8b5e.md"
PART = "wild38_development"

NOT_PAPERS = {5, 19, 25, 27, 37, 39, 51}  # two books, a course, a book review, three topic-only headings
LAST_LINE = {183: 188}  # 190-191 is a stray note about line 58's paper
TAGS = {  # org tags ending the citation (on 9 and 63 alone on the next line); pandoc joins several with U+00A0
    9: " math",
    13: " math\xa0stats",
    29: "",
    33: " cs\xa0paper\xa0sound",
    45: "",
    58: " :infectious: covid19",
    63: " infectious",
    67: " :infectious:modeling",
    74: " infectious",
    83: " infectious",
    91: " :animals",
    100: " medecine:",
    108: " infectious\xa0covid19",
    116: " gyneco",
    149: " climate",
    157: " animals:",
    162: "",
    171: "",
    175: " gyneco",
    183: " gyneco",
}
STATUS = re.compile(r"^## (?:TOREAD|SKIMMED|\[DONE\]\{\.done \.DONE\}) ")
YEAR = re.compile(r"\(\d{4}\): ")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, t in enumerate(lines, 1) if t.startswith("#")]
    papers = []
    for i, n in enumerate(heads):
        text = lines[n - 1]
        if not text.startswith("## ") or n in NOT_PAPERS:
            continue
        assert STATUS.match(text), (n, text)
        nxt = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        end = n
        for j in range(n + 1, nxt):
            if lines[j - 1].strip():
                end = j
        end = LAST_LINE.get(n, end)
        # the citation: heading text plus the paragraph right after it (up to a blank line)
        parts = [re.sub(r"\s*\{#[^}]*\}\s*$", "", STATUS.sub("", text))]
        j = n + 2
        while j <= len(lines) and lines[j - 1].strip() and not lines[j - 1].startswith("#"):
            parts.append(lines[j - 1].strip())
            j += 1
        citation = " ".join(parts)
        m = YEAR.search(citation)
        assert m, (n, citation)
        title = citation[m.end() :]
        tag = TAGS[n]
        if tag:
            assert title.endswith(tag), (n, title)
            title = title.removesuffix(tag)
        papers.append(entry(lines, n, end, title))
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## STATUS Authors (year): title tags' org record heading citing an article is one entry, running "
        "over its wrapped citation lines, notes and property drawer up to the next heading; the two books, the "
        "course, the textbook review and three topic-only headings are not entries; title = the citation text "
        "after '(year): ' joined over the wrap, without the trailing org tags and pandoc id attribute.",
        "All 191 lines read by eye against the -v output: each of the 27 '## ' headings classified (20 entries, "
        "7 not), every entry's extent (notes 72/81/89/114/154-155/166-169/179-181, drawer 96-98, the bullet notes "
        "116-145, the stray note 190-191 left out), every title's wrap join and tag cut (13, 33, 58, 67, 74, 83, "
        "91, 100, 108, 116, 157, 175, 183) and the tag-only lines 11/65 not taken into titles; no ids anywhere.",
    )


if __name__ == "__main__":
    main()
