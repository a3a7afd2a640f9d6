"""Wild8 truth for AmitKus/NeurIPS2019 FullSchdule.md (commit bb0f0eb): a hand-copied NeurIPS 2019 conference schedule.

Shape: day headings ('# Dec 10, Tuesday'; two later days are both mislabelled 'Dec 11, Tuesday'),
under them '## [Orals](day url)' / '## [Spotlights](day url)' session headings (one written '## Or'),
a time/room line, then one block per paper joined by Markdown hard breaks ('\\' at line end):
  '[Title](https://nips.cc/Conferences/2019/ScheduleMultitrack?event=N)\\'
  optional '[3 min video](..)\\', '[Slides](..)\\', '[Poster](..)\\' lines,
  one author per line 'Name (Affiliation)\\', some bold.
One link text is wrapped over two lines ('[Sequential Neural Processes' / '](url)'), one title
line lacks its '\\', one paper's author line sits after a blank line, and two paper links point
to a day page instead of an event page.  No arXiv id or DOI anywhere.

Not entries: the Sunday expo workshops, talk and demos (company sessions), the three Monday
tutorials (they link event pages too), 'Opening Remarks'/'Opening Reception', the socials, and
the Friday/Saturday workshops ('[Workshop name](site)' + organisers joined by '·').

Entry: every paper block under an Orals/Spotlights/'Or' heading, from its title line to its last
author line.  Title = the link text.

Counts: 54 papers = 9 orals (one per Orals heading) + 41 spotlights (5,5,5,5,4,4,5,4,4) + 4 under
'## Or'; cross-check: 55 'event=' links - 3 tutorials + 2 day-page links = 54.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "AmitKus__NeurIPS2019__FullSchdule@bb0f0eb.md"
PART = "wild8_development"
LINES = read_lines(NAME)
MATERIAL = re.compile(r"\[(?:3 min video|[Ss]lides|Poster)\]\(")


def main() -> None:
    starts: list[tuple[int, str]] = []
    in_papers = False
    per_heading: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            in_papers = bool(re.match(r"## (?:\[(?:Orals|Spotlights)\]|Or$)", text))
            if in_papers:
                per_heading.append(0)
            continue
        if not in_papers or not text.startswith("[") or MATERIAL.match(text):
            continue
        m = re.match(r"\[([^\]]+)\]\((https://n(?:eur)?ips\.cc/Conferences/2019/ScheduleMultitrack\?[^)]+)\)\\?$", text)
        if m:
            starts.append((i, m.group(1)))
        else:  # the one link text wrapped over two lines
            assert text == "[Sequential Neural Processes" and LINES[i].startswith("](https://neurips.cc/"), i
            starts.append((i, text[1:]))
        per_heading[-1] += 1
    papers = []
    for k, (first, title) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(LINES) + 1
        last = first
        for j in range(first + 1, stop):
            t = LINES[j - 1]
            if t.startswith("#"):
                break
            if t.strip():
                last = j
        papers.append(entry(LINES, first, last, title))
    assert per_heading == [1, 5, 1, 5, 1, 5, 1, 5, 1, 4, 1, 4, 1, 5, 4, 1, 4, 1, 4], per_heading
    assert len(papers) == 54
    assert sum(t.count("event=") for t in LINES) == 55
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "every paper block under an Orals/Spotlights ('Or') session heading is an entry, from its"
                " '[Title](nips.cc schedule url)' line to its last author line, title = the link text; expo"
                " sessions, tutorials, socials and workshops are not entries",
                "54 blocks counted per session heading (9 orals, 41 spotlights, 4 under '## Or') and against the"
                " 'event=' links (55 - 3 tutorials + 2 day-page links), every title and line range read against"
                " the file, the wrapped link text, the author line after a blank line (362-364); no arXiv id or DOI")


if __name__ == "__main__":
    main()
