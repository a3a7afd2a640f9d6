"""Wild16 truth for liayin/blog _posts/2021-9-30-literature-other.md: an economist's blog post of paper
notes across economics fields (labor, poverty, inequality, trade, IO, macro ...), one paragraph per
paper: a line '[Authors (Year)](url): Title' (the link text is the citation, the title follows the
colon) and, under it, '- ' note bullets (journal, data, method, results, abstracts).

Entries: every paragraph whose first line is '[Authors (Year)](url)' (34) plus the unlinked 'Wang (2023)'
paragraph (35); an entry runs from that line through its note bullets (to the blank line or heading).
Title = the text after '): ' (two titles wrap onto the next line, 110-111 and 140-141: joined); where the
line gives none, a '- Title: ...' note bullet gives it (Humphries et al., Wang); else null (the line
names only authors and year: Zhou et al., Anelli & Koenig, Eaton & Kortum, Ciliberto et al., Goel).
Not entries: the front matter, the intro, the TOC marker, headings.  Ids: DOIs in doi.org,
dx.doi.org (percent-encoded), AEA and UChicago URLs and in a bare 'doi.org/...' link; the Hussam et al.
link ends at 'doi/10.1257/' and names no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "liayin__blog___posts__2021-9-30-literature-other@58daa04.md"
PART = "wild16_development"
HEAD = re.compile(r"\[[^\]]+\(\d{4}\)\]\([^)]*\)(?::\s*(.*))?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = HEAD.match(text)
        if not (m or text == "Wang (2023)"):
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith("#"):
            end += 1
        title = m.group(1) if m else None
        if title is not None and not lines[i].startswith("- "):
            title += " " + lines[i]  # title wrapped onto the next line
        if title is None:
            for k in range(i, end):
                t = re.match(r"- Title: (.+)", lines[k])
                if t:
                    title = t.group(1)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 35, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 5
    write_truth(NAME, PART, papers,
                "every '[Authors (Year)](url)' paragraph line and the unlinked 'Wang (2023)' one is an entry running"
                " through its note bullets; title = the text after '): ' (wrapped lines joined), else a '- Title:'"
                " note, else null",
                "all 35 entries by eye (line span, title, DOI), count against grep -c '^\\[' (34) plus Wang (2023),"
                " the two wrapped titles, the five null titles, the percent-encoded dx.doi.org link, the"
                " truncated AEA link without a DOI")


if __name__ == "__main__":
    main()
