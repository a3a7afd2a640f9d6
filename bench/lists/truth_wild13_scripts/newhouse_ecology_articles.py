"""Wild13 truth for alexbnewhouse/self-teach-ecology reading-lists/journal-articles.md: an ecology curriculum's APA list.

Shape: '## Topic' sections of numbered APA 7th references, one per line,
'N. Authors (Year). Title. *Journal*, vol(issue), pages. https://doi.org/...' (a DOI URL on 13 of
them).  The numbers run 1-60, then 69-92 in the body, and 61-68 sit at the end under
'## Enhancement Additions (v1.1)'.  Every numbered reference is an entry (92); title = the text
between '(Year). ' and the first '. *' / '? *' (a '?' ending is kept) or '. In ' (two book
chapters, #79 and #81, cited 'Title. In *Book*'; they name one scholarly chapter each and are kept
as entries like the rest of this 'journal articles' list).  Not entries: the 'Key Journals to
Follow' table (journal names), the five numbered 'Reading Strategy' tips, the see-also link.
Counts: 92 = 60 + 24 + 8, checked with grep '^[0-9]+\\. [A-Z].*\\(\\d{4}\\)' and by the numbers
1..92 each occurring once.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "alexbnewhouse__self-teach-ecology__reading-lists__journal-articles@426affc.md"
PART = "wild13_development"


def main() -> None:
    lines = read_lines(NAME)
    strategy = lines.index("## Reading Strategy") + 1
    enhance = lines.index("## Enhancement Additions (v1.1)") + 1
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        if strategy <= i < enhance:
            continue  # reading tips, not references
        m = re.match(r"(\d+)\. .+? \(\d{4}\)\. (.+)$", text)
        if not m:
            continue
        rest = m.group(2)
        t = re.match(r"(.+?\?) \*|(.+?)\. (?:In )?\*|(.+?)\. In ", rest)
        assert t, i
        title = t.group(1) or t.group(2) or t.group(3)
        numbers.append(int(m.group(1)))
        papers.append(entry(lines, i, i, title))
    assert sorted(numbers) == list(range(1, 93)), numbers
    assert len(papers) == 92
    write_truth(NAME, PART, papers,
                "every numbered APA reference 'N. Authors (Year). Title. *Journal*...' is an entry (92, numbered 1-92,"
                " 61-68 in the closing 'Enhancement Additions' section), title = the text between '(Year). ' and"
                " '. *Journal*' ('?' kept) or '. In ' (two book chapters); the journals table and the numbered"
                " reading-strategy tips are not entries",
                "all 92 titles read against the file, the numbers 1-92 each once, the two chapters (#79, #81),"
                " the '?' titles (#1, #3, #4) and the quoted 'novel ecosystem' title, the 13 DOI URLs")


if __name__ == "__main__":
    main()
