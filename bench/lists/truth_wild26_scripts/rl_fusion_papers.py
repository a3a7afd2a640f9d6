"""Wild26 truth for YuanhengZhu/awesome-RL-fusion-papers README.md: a Chinese-annotated list of
reinforcement-learning and machine-learning papers on controlled nuclear fusion (plasma physics).

Shape: Chinese '##'/'###' section headings (discharge phases, control problems, background), each record a
plain paragraph starting with a citation key in brackets, then the reference, then a '>' blockquote with
a Chinese note (directly under the reference or after a blank line).  Three reference styles are mixed:
GB/T 7714 '[Degrave2022]Title[J]. Nature, 2022, 602(7897): 414-419.[DOI](url)' (no space after the key),
'[Seo2021] Title, *Nucl. Fusion*, 2021, 61, p.106010. [DOI](url)' and '[Wang2024] Title. arXiv, 2024.'.
Keys are irregular ('[Shakya2023]. Title' line 156, '[Paruchuri 2025]' line 224, '[van de Plassche2020]'
line 145).  Lines 122 and 123 are two references with no blank line between, sharing the note on 124.
Most papers appear two or three times in different sections (repeats are separate entries).  The '[DOI]'
links are often publisher pages (nature.com, sciencedirect pii, mlr.press, direct.mit.edu, oup), and two
point to another paper's DOI (line 107 Seo2024 links Degrave's 10.1038/s41586-021-04301-9; line 156
Shakya2023 links the RMP DOI of line 182); ids are taken as written.
Title = the text after the key up to '[J]', ', *Venue*' or the '. ' before the venue (line 116: before
'. [DOI]'); the key is dropped as a tag.
Entry span: the reference line and its blockquote note (a blank line between allowed); 122 alone, 123-124.
Not entries: the template line 5 '[AuthorYearPub] title, publication, ...', line 160 '[Sutton2018]
Reinforcement Learning: An Introduction' (a book, its note says so), section notes in blockquotes, and
the '## Github Code' bullets (code repositories and a Zenodo record).
Count check: 57 lines start with '[key]' = 1 template + 1 book + 55 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "YuanhengZhu__awesome-RL-fusion-papers__README@b4d5d9e.md"
PART = "wild26_development"
NOT_ENTRIES = {5: "template", 160: "book"}
END = r"(?:\[J\]\.|, \*|\.\s+(?=\S))"


def main() -> None:
    lines = read_lines(NAME)
    keyed = [i for i, ln in enumerate(lines, 1) if re.match(r"^\[[^\]]+\]", ln)]
    assert len(keyed) == 57, len(keyed)
    code = lines.index("## Github Code") + 1
    assert max(keyed) < code
    papers = []
    for i in keyed:
        if i in NOT_ENTRIES:
            continue
        text = lines[i - 1]
        m = re.match(r"^\[([^\]]+)\]\.?\s*(.+?)" + END, text)
        assert m, i
        title = m.group(2).strip()
        last = i
        j = i + 1
        if j <= len(lines) and not lines[j - 1].strip():
            j += 1  # one blank line between a reference and its note
        if j <= len(lines) and lines[j - 1].startswith(">") and not re.match(r"^\[[^\]]+\]", lines[i]):
            while j <= len(lines) and lines[j - 1].startswith(">"):
                last = j
                j += 1
        papers.append(entry(lines, i, last, title))
    assert next(p for p in papers if p["line"] == 122)["end"] == 122
    assert next(p for p in papers if p["line"] == 123)["end"] == 124
    assert len(papers) == 55, len(papers)
    write_truth(NAME, PART, papers,
                "every '[key] reference' paragraph is an entry except the format template and one book (repeats"
                " across sections kept); title = the text after the key up to '[J]', ', *Venue*' or the '. '"
                " before the venue; span = the reference line and its Chinese blockquote note; ids as the"
                " entry's own links give them (two links point to another paper's DOI)",
                "all 57 keyed lines read and each of the 55 titles checked by eye in the -v output against its"
                " line; the three citation styles, the odd keys (145, 156, 224), the stacked pair 122/123, the"
                " mismatched DOI links (107, 156) and the Github Code section checked")


if __name__ == "__main__":
    main()
