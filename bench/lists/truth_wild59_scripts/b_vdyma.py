"""Wild59 truth for vdyma/awesome-papers-I-read README.md at 9e39bbc (2024-01-24): a personal log of "Papers I read"
("So far I've read 13 papers!"), by topic, one pipe table per topic with the paper's publication month, the month
it was read and a link to the reader's own notes.

Shape: 45 lines, trailing newline.  Title with an emoji and intro (1-4); ``## Basics`` (6) with ``### Transformers``
(8), ``### Vision`` (13), ``### Language`` (19), ``### Multimodal`` (25); ``## Audio`` (33) / ``### Speech
Recognition`` (35); ``## Parameter Efficient Training/Fine-tuning`` (42).  Each topic has a header row
``| Paper | Publication Date | Read date | Notes |`` (the last table says ``Comments``), a separator row and body rows
``| [Title](https://arxiv.org/abs/NNNN.NNNNN) [AKA Nickname] | YYYY-MM | YYYY-MM | [Link](notes/x.md) |``, the
columns padded with spaces to align.

Special cases:
- After the title link some rows add the model's nickname: 11 ``AKA Transformers``, 16 ``AKA Vision Transformers
  (ViT)``, 28 ``AKA CLIP`` (after a long run of spaces), 31 ``AKA SigLIP``, 40 ``AKA Whisper``: not part of the
  title.
- 29 / 30 give the read date as a year only (``2023``).
- Every row links arxiv.org/abs: the helper takes one arXiv id per entry.

Decisions:
- Entry = every body row of a paper table, i.e. every line starting with ``| [`` (11-45): 13 entries, one line
  each, matching the file's own count ("13 papers").  Title = the text of the Markdown link in the first cell.
  Header and separator rows, headings and intro are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "vdyma__awesome-papers-I-read__README@9e39bbc.md"
PART = "wild59_development"

ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert sorted(by) == [11, 16, 17, 22, 23, 28, 29, 30, 31, 38, 39, 40, 45], sorted(by)
    assert by[11]["title"] == "Attention Is All You Need", by[11]
    assert by[11]["arxiv"] == "1706.03762", by[11]
    assert by[16]["title"] == "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", by[16]
    assert by[28]["title"] == "Learning Transferable Visual Models From Natural Language Supervision", by[28]
    assert by[28]["arxiv"] == "2103.00020", by[28]
    assert by[31]["title"] == "Sigmoid Loss for Language Image Pre-Training", by[31]
    assert by[39]["title"] == "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations"
    assert by[40]["title"] == "Robust Speech Recognition via Large-Scale Weak Supervision", by[40]
    assert by[45]["title"] == "LoRA: Low-Rank Adaptation of Large Language Models", by[45]
    assert by[45]["arxiv"] == "2106.09685", by[45]
    assert all(p["arxiv"] for p in papers) and not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the topic tables (| Paper | Publication Date | Read date | Notes |) is one entry, one"
        " line each (lines 11-45, rows starting with '| ['), 13 entries as the file itself counts.  Title = the text"
        " of the Markdown link in the first cell; the 'AKA Nickname' after the link is not part of it.",
        checked="Read the whole file; compared the -v output with all 13 rows, the AKA nicknames (11, 16, 28, 31, 40)"
        " left out of the titles, the arXiv ids from the arxiv.org/abs links, and that header/separator rows are not"
        " listed.",
    )


if __name__ == "__main__":
    main()
