"""Wild16 truth for Purshow/Awesome-LVLM-Hallucination readme: a personal, badge-laden hallucination list.

Shape, by section:
- '### survey:' two paragraphs, each one linked title '[Title](arxiv)' (lines 6, 8).
- '### Hallucination Benchmarks:' '+ **Nick** [Title](arxiv) (date)' items, each followed by indented
  shields badge lines ('[![arXiv](badge)](arxiv)', '[![Star](stars badge)](github)'); some with
  no space after the bold nickname, a '**Highly recommended**' note or a Chinese note, one (POPE)
  whose bold note is broken over a blank line ('**' alone on line 44); the last two items
  (THRONE, MetaToken) give a plain-text title and no link.
- '### Mitigating（LVLM）' 58 numbered items '12. **Nick**: Title, (Authors et al.)' with a
  sub-bullet of badges ('![badge: arXiv number](arxiv link) ![github badge](repo)') and note
  sub-bullets; the bold nickname is followed by ':', '：', a space, or nothing, and the title often
  repeats it ('**HALC**：HALC: ...'); some items have no nickname; trailing notes: ', (Authors)',
  '，(Authors)', '**Highly recommended**', a bold Chinese note, '：' + Chinese note, ' *'.  Item 30 is
  numbered '30-.' and its badge line is not a sub-bullet.
- '# 他山之石' (LLM hallucination): four plain-text survey titles as bullets (one followed by its
  GitHub URL), three '####' headings each naming one paper ('ItI：Inference-Time ...'), and a
  numbered list of ten plain titles under the 'Contrastive decoding' heading ('11. ......' is not
  an entry).

Entry: each of those records, from its first line to its last indented sub-line.  Title: the
linked text where there is one; otherwise the text after the bold nickname label, with the
trailing authors in parentheses, bold notes, full-width-colon notes and ' *' marks removed.  A
bold '**Nick**' label before the title is a tag and is dropped; a nickname the title text itself
repeats or starts with (plain 'ItI：', 'HalluciDoctor: Mitigating ...') is kept as written.  The
arXiv id is the linked one (the number printed in a badge sometimes differs: MARINE, CIEM, EFUF,
SEEING IS BELIEVING).  Not entries: the 'Contrastive decoding' topic heading, '11. ......', the
acknowledgment's links to other lists.

Count checks: 2 + 15 (13 '+ **' linked items, 2 plain) + 58 numbered (1..58 with '30-.') + 4
bullets + 3 headings + 10 numbered = 92.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "Purshow__Awesome-LVLM-Hallucination__readme@fb330b5.md"
PART = "wild16_development"
LINES = read_lines(NAME)


def span(i: int) -> int:
    """Last line of the item starting on line i: following indented (or lone '**') lines."""
    last = i
    j = i + 1
    while j <= len(LINES):
        t = LINES[j - 1]
        if t.startswith((" ", "\t")) and t.strip() or t.strip() == "**" or (not t.strip() and j + 1 <= len(LINES) and LINES[j].strip() == "**"):
            last = j
        elif t.strip() or not t.strip() and not (j + 1 <= len(LINES) and LINES[j].startswith("  ") and LINES[j].strip()):
            break
        j += 1
    return last


def mitigating_title(body: str) -> str:
    t = re.sub(r"^\*\*[^*]+\*\*\s*[:：]?\s*", "", body)   # bold nickname label
    t = re.sub(r"\*\*.*$", "", t)                        # bold note to the end
    t = re.sub(r"[，,]\s*\([^)]*\)\s*$", "", t.strip())   # ', (Authors et al.)'
    t = re.sub(r"：[^：]*[\u4e00-\u9fff].*$", "", t)       # '：' + Chinese note
    t = re.sub(r"\s*\*$", "", t.strip())                 # trailing ' *' mark
    return t.strip()


def main() -> None:
    papers = []
    # survey paragraphs
    for i in (6, 8):
        m = re.match(r"^\[([^\]]+)\]\(", LINES[i - 1])
        papers.append(entry(LINES, i, i, m.group(1)))
    # benchmarks
    bench = 0
    for i in range(10, 61):
        t = LINES[i - 1]
        if not t.startswith("+ **"):
            continue
        m = re.match(r"^\+ \*\*[^*]+\*\*\s*\[([^\]]+)\]\(", t)
        if m:
            title = m.group(1)
        else:
            title = re.sub(r"^\+ \*\*[^*]+\*\*\s*", "", t).strip()
        papers.append(entry(LINES, i, span(i), title))
        bench += 1
    assert bench == 15, bench
    # mitigating
    mit = []
    for i in range(61, 198):
        m = re.match(r"^(\d+)-?\.\s+(.*)$", LINES[i - 1])
        if m:
            mit.append(int(m.group(1)))
            papers.append(entry(LINES, i, span(i), mitigating_title(m.group(2))))
    assert mit == list(range(1, 59)), mit
    # LLM hallucination: survey bullets, paper headings, contrastive-decoding list
    for i in range(200, 204):
        t = LINES[i - 1][2:]
        t = re.sub(r"\s*https?://\S+\s*$", "", t).strip()
        papers.append(entry(LINES, i, i, t))
    for i in (207, 208, 209):
        papers.append(entry(LINES, i, i, LINES[i - 1].lstrip("#").strip()))
    for i in range(211, 221):
        m = re.match(r"^\d+\.\s+(.*)$", LINES[i - 1])
        papers.append(entry(LINES, i, i, m.group(1).strip()))
    assert len(papers) == 92, len(papers)
    write_truth(
        NAME, PART, papers,
        "every survey paragraph, benchmark item, numbered mitigation item, LLM-survey bullet, paper heading and"
        " contrastive-decoding item is an entry (with its badge/note sub-lines); title = the linked text, else the"
        " text after a bold nickname label without authors, bold or Chinese notes and ' *' marks; plain-text"
        " nicknames in the title kept",
        "all 92 entries against the file by eye: every mitigation title (label separators ':', '：', space, none;"
        " the '30-.' item; trailing notes), the POPE item's broken bold note, THRONE/MetaToken plain titles,"
        " arXiv ids from the links (badge numbers that differ ignored), the typo'd 'Alleviating' tail of line"
        " 211 kept as written",
    )


if __name__ == "__main__":
    main()
