"""Wild9 truth for WHUNLPLab/Papers-to-read README.md: a university NLP lab's shared 'papers to read' base,
each paper linked to a member's notes page.

Shape: '# Paper-Base', a '>>' blockquote pointing to a MathJax browser plugin (a tool, not an
entry), then '## Relation Extraction' (21 paragraphs) and '## Poetry Generation' (1 paragraph), each
paragraph one link '[YEAR-VENUE-Title](./Folder/notes.md)' (two link straight to the paper: arXiv
line 29, AAAI line 35), and '## Recommended Papers' with three '* Title' bullets and no link.

Entry: every linked paragraph of the two topic sections and every bullet of 'Recommended Papers':
25 = 21 + 1 + 3 (counted with grep '^\\[20' = 22 and '^\\* ' = 3).  Title: the link text after its
'YEAR-VENUE-' prefix (venue tags IJCAI, EMNLP, AAAI, ACL, NAACL, arxiv are not part of the title),
typos kept as written ('Suprvised', 'Traning', 'Bets'); the bullet text for the recommended papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "WHUNLPLab__Papers-to-read__README@8938f82.md"
LINES = read_lines(NAME)
PER_SECTION = {"Relation Extraction": 21, "Poetry Generation": 1, "Recommended Papers": 3}


def main() -> None:
    papers, counts, section = [], {}, None
    for i, text in enumerate(LINES, 1):
        h = re.match(r"## (.+)", text)
        if h:
            section = h.group(1).strip()
            continue
        m = re.match(r"\[(\d{4})-(IJCAI|EMNLP|AAAI|ACL|NAACL|arxiv)-(.+)\]\(([^)]+)\)\s*$", text)
        if m:
            assert section in ("Relation Extraction", "Poetry Generation"), (i, section)
            title = m.group(3)
        else:
            b = re.match(r"\* (.+)$", text)
            if not b:
                assert not text.startswith("["), (i, text)
                continue
            assert section == "Recommended Papers", (i, section)
            title = b.group(1)
        papers.append(entry(LINES, i, i, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == PER_SECTION, counts
    write_truth(NAME, "wild9_development", papers,
                "every '[YEAR-VENUE-Title](notes or paper url)' paragraph of the topic sections and every '* Title'"
                " bullet of 'Recommended Papers' is an entry; title = the link text after the 'YEAR-VENUE-' prefix"
                " (or the bullet text), typos kept; the MathJax-plugin blockquote is not an entry",
                "all 25 entries against the file (21 + 1 + 3, counted with grep), the venue prefix cut at the second"
                " hyphen only (titles with inner hyphens such as 'Multi-Level', 'Encoder-Decoder', 'N-ary' kept whole),"
                " the arXiv id of line 29, the AAAI link of line 35 without id, the plugin blockquote left out")


if __name__ == "__main__":
    main()
