"""Wild10 truth for Zymrael/awesome-neural-ode README: an awesome list whose bullets write the title as
plain text and link only the venue: '* Title (note): [Venue](url), [code](url)', each followed (after
blank lines) by a paragraph of topic badges and a '> ' abstract quote; three bullets have no link at all.

Entries: every '* ' bullet between '## Differential Equations in Deep Learning' (line 66) and '## Software
and Libraries' (line 420), from the bullet to the last non-blank line before the next bullet or heading
(its badge line and abstract quote, one quote wrapping onto an unmarked line).  Title = the bullet text
before the venue link ('Title: [' or 'Title ['), or the whole text when there is no link, with a closing
award/presentation note in parentheses dropped ('(best paper award)', '(oral)', '(spotlight)'); the odd
quote of 'Hey, that's not an ODE": ...' is kept as written.  Not entries: the title block, badge legend
and table of contents, the Software and Libraries section (bold tool names) and the blog link.
'Score-Based Generative Modeling through Stochastic Differential Equations' is listed twice (SDEs, diffusion
models): two entries.  A Distill article counts as an entry; IEEE document numbers are not DOIs.

Count checks: awk counts 76 '* ' lines in lines 66-419; 73 of them have a link, 3 none; grep of the
same range finds 63 arXiv URLs, all on bullet lines, one per arXiv entry.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "Zymrael__awesome-neural-ode__README@37f00d2.md"
PART = "wild10_development"
NOTE = re.compile(r"\s*\((?:best paper award|oral|spotlight)\)$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Differential Equations in Deep Learning") + 1
    stop = lines.index("## Software and Libraries") + 1
    assert (start, stop) == (66, 420)
    bullets = [i for i in range(start, stop) if lines[i - 1].startswith("* ")]
    papers = []
    for i in bullets:
        end = i
        j = i + 1
        while j < stop and not lines[j - 1].startswith(("* ", "#")):
            if lines[j - 1].strip():
                end = j
            j += 1
        text = lines[i - 1][2:].strip()
        m = re.match(r"(.+?):?\s*\[[^\]]+\]\(http", text)
        title = m.group(1) if m else text
        title = NOTE.sub("", title.strip())
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 76, len(papers)
    assert sum(1 for i in bullets if "](" not in lines[i - 1]) == 3
    write_truth(
        NAME, PART, papers,
        "every '* Title: [Venue](url)' bullet of the paper sections is an entry with its badge line and abstract"
        " quote, title = the plain text before the venue link (or the whole bullet), a closing '(best paper"
        " award)'/'(oral)'/'(spotlight)' note dropped; software and blog bullets are not entries",
        "every entry by eye (76: title, lines, ids), the 3 bullets without a link, the 5 notes dropped, the two"
        " bullets without a colon before the link, the duplicate score-based SDE entry, the software/blog"
        " bullets left out; counts by awk/grep (76 bullets, 63 arXiv)",
    )


if __name__ == "__main__":
    main()
