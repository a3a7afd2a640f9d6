"""Wild17 truth for GatorSense/journal_club 'Spring 2024/papers.md': a lab journal club's suggested
paper list for one semester (topic: adaptive convolutions).

Shape: a bold intro line, a numbered table of contents of '[Section](#anchor)' links (not entries),
'## Overall Comments' bullets (not entries), then topic headings (##/###/####) over numbered
references '1. ' .. '16. ' (one per line, blank lines between), written as IEEE citations
('Q. Xiao et al., “Title,” venue ... doi: ...') or MLA citations ('Jia, Sen, et al. "Title." Journal
(2023).'); only a few carry a link ('[nips 2022 link](...)', '[Paper Link]', '[arXiv:...](...)').
Then '## Additional Resources': six '- ' bullets with IEEE citations of background papers (the file
says they are not for presentation, but each is a paper record, so each is an entry); Song et al.'s
has an indented sub-bullet note ('Interesting idea but unpublished.'), counted as part of its entry.

An entry is a numbered reference or an Additional Resources bullet; title = the text inside its
first pair of double quotes (curly or straight), the separator the citation puts at its end (',' or
'.') dropped -- including Xiao et al.'s '‘see.’', whose period sits inside the nested quote.
Count check: 16 numbered references (1-16, in order) + 6 bullets = 22.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "GatorSense__journal_club__Spring 2024__papers@0ee3e22.md"
LINES = read_lines(NAME)
QUOTED = re.compile(r"[“\"](.+?)[”\"]")


def title_of(text: str) -> str:
    t = QUOTED.search(text).group(1).strip()
    t = re.sub(r"\.’$", "’", t)
    return re.sub(r"[,.]$", "", t)


def main() -> None:
    papers = []
    numbers = []
    start = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Adaptive Convolutions"))
    extra = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Additional Resources"))
    for i, text in enumerate(LINES, 1):
        if start < i < extra:
            m = re.match(r"^(\d+)\. ", text)
            if m:
                numbers.append(int(m.group(1)))
                papers.append(entry(LINES, i, i, title_of(text)))
        elif i > extra and text.startswith("- "):
            last = i
            while last < len(LINES) and LINES[last].startswith("    - "):
                last += 1
            papers.append(entry(LINES, i, last, title_of(text)))
    assert numbers == list(range(1, 17)), numbers
    assert len(papers) == 22, len(papers)
    write_truth(NAME, "wild17_development", papers,
                "every numbered reference under the topic headings and every Additional Resources bullet is an"
                " entry (one line; Song et al.'s note sub-bullet included), title = the text in its first double"
                " quotes without the citation's final ',' or '.'; the table of contents and comment bullets are not",
                "all 22 entries by eye (every one printed with -v), the IEEE vs MLA quote styles, Xiao et al.'s"
                " nested ‘see.’, the doi: texts (IEEE CVPR/ICCV DOIs), the two arXiv links, the TOC and comments"
                " giving no entry")


if __name__ == "__main__":
    main()
