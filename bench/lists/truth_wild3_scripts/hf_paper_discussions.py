"""Wild3 truth for huggingface/awesome-papers README.md: Hugging Face's NLP paper-discussion (journal club) log.

One '#### Month D, YYYY' section per session, newest first, each a bullet list ('- **Paper**:
[Title](arxiv abs url)', '- **Authors**: ...', '- **Presenter**: ...', '- **Presentation**: ...',
sometimes '- **[Community Discussion](...)**') and then an '<img>' line.  Entry: a session whose
'**Paper**' bullet links a paper; lines = from the date heading to the session's last bullet (the
image is left out); title = the Paper link text (one link text wraps, its line break inside the
brackets: 'Right for the Wrong Reasons: ... Inference' then ']' on the next line).  Not entries:
the two '**Topic**' sessions (April 22 and April 7, 2020: an overview talk with a video and an
overview of recent work with slides), which name no paper, and the closing 'Planned Discussions'
note.  Every paper links its arXiv abstract page; the presentations (slides, Colab, blog posts,
forum threads) are links of the entry, not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "huggingface__awesome-papers__README@612f5b8.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#### ")]
    topics = 0
    for h in heads:
        last = h
        while last < len(LINES) and (LINES[last].startswith("- ") or (LINES[last] and not LINES[last].startswith("<"))):
            last += 1
        block = "\n".join(LINES[h - 1 : last])
        m = re.search(r"- \*\*Paper\*\*: \[([^\]]+)\]\(", block)
        if m:
            PAPERS.append(entry(LINES, h, last, m.group(1)))
        else:
            assert "- **Topic**:" in block, h
            topics += 1
    assert len(heads) == 13 and topics == 2, (len(heads), topics)
    write_truth(NAME, PART, PAPERS,
                "every '#### date' session whose '**Paper**' bullet links a paper is an entry (heading to last"
                " bullet), title = that link text; the two '**Topic**' sessions (an overview talk, an overview of"
                " recent work) are not entries",
                "all 13 sessions one by one (11 papers, 2 topics), the wrapped link text of 'Right for the Wrong"
                " Reasons' (lines 91-92), each entry's arXiv id against its Paper link (not the presentation links),"
                " the first and last session's line span")


if __name__ == "__main__":
    main()
