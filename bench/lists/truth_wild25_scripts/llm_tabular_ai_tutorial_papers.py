"""Wild25 truth for zzlang-c/llm-tabular-ai README.md: the paper list of a tutorial on LLMs for
tabular AI (tabular foundation models, table reasoning, table QA).

Shape: a tutorial page (website link, 'TBD' slides and paper, a demo link), then '## Paper List'
with three '###' sections of plain bullets '- Title' (lines 22-29, 33-40, 44-57): no links, no
authors, no venue.  Most bullets of the first two sections end with two spaces and one or two
U+FFFC OBJECT REPLACEMENT characters (icons lost when pasted from a rich-text page), e.g. line 22
'... in a Second  \\ufffc \\ufffc'; several titles use U+2011 NON-BREAKING HYPHEN ('In\\u2011Context',
'Few\\u2011shot', 'Million\\u2011Token', 'Multi\\u2011Modal', 'Self\\u2011Improving',
'Grammar\\u2011Powered', 'Non\\u2011Relational', 'Context\\u2011Aware'), kept as written.
Entry = each bullet under '## Paper List'; title = the bullet text without the trailing spaces and
U+FFFC characters.  No ids anywhere.  Not entries: the tutorial itself (line 3, its website and demo
links), the acknowledgement bullet naming another tutorial repository (line 61) and the fenced
'@misc{dong2025llmtabularai' citation of the tutorial (lines 67-75, the list's own boilerplate).
Count check: 8 + 8 + 14 = 30 bullets between '## Paper List' (line 18) and '## Acknowledgements'
(line 59); 17 U+FFFC characters in the file, all on bullet lines 22-39.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "zzlang-c__llm-tabular-ai__README@fc53b1d.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    first, stop = lines.index("## Paper List") + 1, lines.index("## Acknowledgements") + 1
    assert (first, stop) == (18, 59)
    papers = []
    for i in range(first + 1, stop):
        text = lines[i - 1]
        if not text.startswith("- "):
            assert not text.strip() or text.startswith("### "), i
            continue
        title = re.sub(r"[\s\ufffc]+$", "", text[2:])
        assert "\ufffc" not in title, i
        papers.append(entry(lines, i, i, title))
    assert sum(t.count("\ufffc") for t in lines) == 17
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "each plain '- Title' bullet under '## Paper List' is an entry; title = the bullet text without the"
                " trailing U+FFFC object-replacement characters and spaces (U+2011 hyphens kept); the tutorial's own"
                " links and citation BibTeX and the acknowledged tutorial repository are not entries",
                "all 30 bullets read against the -v output; the U+FFFC tails (17 characters on lines 22-39) and the"
                " eight U+2011 hyphens checked by code point")


if __name__ == "__main__":
    main()
