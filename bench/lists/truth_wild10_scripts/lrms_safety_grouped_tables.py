"""Wild10 truth for WangCheng0116/Awesome-LRMs-Safety README: a survey companion (safety of large reasoning
models) written as Markdown tables with inline-HTML group rows, after a cite-us BibTeX block.

Shape: a header of badges (raw <a><img> HTML), a heading announcing the survey's acceptance, then
'## Reference' with one fenced block of three BibTeX records (the list's own survey, then the
authors' GuardReasoner and GuardReasoner-VL papers), an intro, a doctoc table of contents (anchor links between two
HTML comment lines), and 11 tables under '###' headings:

    | Time | Title | Venue | Paper | Code |
    | ***<ins>Overthinking</ins>*** |  | | | |          <- group label row (15 of them)
    |   25.02   | OverThink: Slowdown Attacks on Reasoning LLMs | Arxiv | [link](arxiv pdf) | [link](github) |

then avatars of the contributors.

Entries: (1) every table row whose Time cell is a 'yy.mm' date, one line each, title = the plain
Title cell; (2) the two BibTeX records of other works in the cite-us block, GuardReasoner (lines
35-40) and GuardReasoner-VL (42-47), title = their title={...} (fenced BibTeX records not under an
entry for the same paper; GuardReasoner's table row at line 226 is a separate entry).
Title decisions: the Title cell '(LLaMA Guard) The Llama 3 Herd of Models' has a nickname tag in
brackets before the title, dropped like a '[Tag]'; 'DeepSeek-R1 Thoughtology: Let's <think> about
LLM Reasoning' is the paper's real title and is kept with its literal '<think>' (it is text, not
markup; a renderer would hide it).  Ids from the row's own line (the [link] to arXiv; Code links to
GitHub/Hugging Face/project pages give none).  Papers repeated across tables (Trading
Inference-Time Compute ... four times, SafeChain four times, SAFEPATH three times, ...) are
separate entries.

Not entries: the '***<ins>Group</ins>***' label rows (sub-headings inside the tables), the header
rows, the list's own survey (its BibTeX record at lines 25-33, the linked title in the intro, the
acceptance heading), the badges, the TOC and the contributor avatars.

Count checks: 95 lines start with '|' (grep -c) = 11 header + 11 separator + 15 '<ins>' group
rows (grep -c '<ins>') + 58 dated rows; 58 + 2 BibTeX records = 60 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "WangCheng0116__Awesome-LRMs-Safety__README@e344426.md"
BIB = {35: (40, "GuardReasoner: Towards Reasoning-based LLM Safeguards"),
       42: (47, "GuardReasoner-VL: Safeguarding VLMs via Reinforced Reasoning")}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    groups = headers = seps = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if re.match(r"^\|[\s:|-]+$", text.strip()):
            seps += 1
        elif cells[0] == "Time":
            headers += 1
        elif "<ins>" in cells[0]:
            groups += 1
            assert not any(cells[1:]), i
        else:
            assert re.fullmatch(r"\d\d\.\d\d", cells[0]), i
            title = cells[1]
            if title.startswith("(LLaMA Guard) "):
                title = title.removeprefix("(LLaMA Guard) ")
            # a literal '<think>' in a real title: pass it as entities so the helper's tag removal keeps it
            title = title.replace("<think>", "&lt;think&gt;")
            papers.append(entry(lines, i, i, title))
    assert (headers, seps, groups, len(papers)) == (11, 11, 15, 58), (headers, seps, groups, len(papers))
    for first, (last, title) in BIB.items():
        assert lines[first - 1].startswith("@article{") and lines[last - 1] == "}"
        assert f"title={{{title}}}" in lines[first]
        papers.append(entry(lines, first, last, title))
    assert papers[0]["title"] == "DeepSeek-R1 Thoughtology: Let's <think> about LLM Reasoning"
    write_truth(NAME, "wild10_development", papers,
                "every table row with a yy.mm Time cell is an entry, title = the plain Title cell (a bracketed"
                " '(LLaMA Guard)' tag dropped, a literal '<think>' kept); the two BibTeX records of other works"
                " in the cite-us block are entries; the <ins> group rows and the list's own survey BibTeX are not",
                "all 58 rows and both BibTeX records read against the -v output; counts of header, separator and"
                " group rows by grep; ids of every row (all arXiv) spot-checked")


if __name__ == "__main__":
    main()
