"""Wild60 truth for wanghaojun/federate-learning-paper paper/README.md at 301bdab (2020-12-16): a small Chinese
reading list of federated-learning papers ("存一些联邦学习论文"), grouped by topic, with the PDFs stored in the repo.

Shape: 143 lines.  Title and a Chinese intro (1-2); ``### Survey`` / ``### Model`` / ``### Privacy-Preserving`` /
``### Fairness`` / ``### Other`` sections, some with Chinese explanatory paragraphs (28, 68) and ``####``
sub-sections (HFL, VFL, FTL, DP, HE, SMC, SGX, Attacks & Threats).  Each paper is a top-level bullet holding only
the bare title (``- Advances and Open Problems in Federated Learning``, 10), then a blank line, then an indented
line of links ``   [arxiv](https://arxiv.org/abs/1912.04977)      [github](.../paper/<title>.pdf)`` (12); the
first link is labelled arxiv / aixiv / ieee / acm / jmir.

Special cases:
- 6 writes a full-width colon (``A Survey on Federated Learning Systems：Vision Hype and Reality ...``) and 18 / 114
  drop spaces after punctuation (``Challenges,Methods,and``, ``Learning:A Survey``): kept as written.
- 98 is all lower-case (``a mixed protocol framework for machine learning``) and 76 starts lower-case: kept.
- 122 wraps the title in square brackets without a link (``- [Analyzing Federated Learning through an Adversarial
  Lens]``): the brackets are markup, dropped.
- 104 (Glimmers) has only a github link; 44 (Federated Multi-Task Learning) only an arXiv link; 118 / 122 have an
  empty ``[github]()``.
- 114 repeats the survey of 22 ("Threats to Federated Learning: A Survey"): its own entry.
- The DP sub-section (70) is empty; 48 is an empty ``####`` heading.
- ``### Other`` (134-138) lists a WeBank talk (``联邦学习的研究与应用-webank``) and a linked white paper
  (``[联邦学习白皮书 v2.0](...)``): industry documents, not research articles.

Decisions:
- Entry = every top-level ``- <title>`` bullet in the sections Survey .. Fairness; its span runs to its indented
  link line (the next non-blank line) when there is one.  Title = the bullet text, ``[...]`` brackets removed.
- The two ``### Other`` bullets are not entries (a talk and a white paper).
- arXiv ids come from the arxiv.org links on the link lines; no DOI is written except inside acm links
  (``dl.acm.org/doi/10.1145/...``), which the helper takes as the paper's DOI.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "wanghaojun__federate-learning-paper__paper__README@301bdab.md"
PART = "wild60_development"

BULLET = re.compile(r"^- (.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    other = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            other = ln.strip() == "### Other"
            continue
        m = BULLET.match(ln)
        if not m or other:
            continue
        title = m.group(1)
        if title.startswith("[") and title.endswith("]"):
            title = title[1:-1]
        last = n
        k = n + 1
        while k <= len(lines) and not lines[k - 1].strip():
            k += 1
        if k <= len(lines) and lines[k - 1].startswith(" ") and "](" in lines[k - 1]:
            last = k
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 24, len(papers)
    assert min(by) == 6 and max(by) == 130, (min(by), max(by))
    assert by[6]["title"] == (
        "A Survey on Federated Learning Systems：Vision Hype and Reality for Data Privacy and Protection"
    ), by[6]
    assert by[6]["arxiv"] == "1907.09693" and by[6]["end"] == 8, by[6]
    assert by[44]["arxiv"] == "1705.10467" and by[44]["end"] == 46, by[44]
    assert by[98]["title"] == "a mixed protocol framework for machine learning", by[98]
    assert by[104]["title"] == "Glimmers: Resolving the Privacy/Trust Quagmire" and by[104]["arxiv"] is None
    assert by[122]["title"] == "Analyzing Federated Learning through an Adversarial Lens", by[122]
    assert by[122]["arxiv"] == "1811.12470", by[122]
    assert by[94]["arxiv"] == "1901.00329", by[94]
    assert by[130]["title"] == "Fair Resource Allocation in Federated Learning", by[130]
    assert 136 not in by and 138 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level '- <title>' bullet in the sections Survey, Model, Privacy-Preserving and Fairness is"
        " one paper; its span runs to the indented link line that follows it ('[arxiv](...)  [github](...)').  Title"
        " = the bullet text, with the square brackets of 122 removed.  The two '### Other' bullets (a WeBank talk and"
        " the linked 联邦学习白皮书 white paper) are not research papers and give no entry.  arXiv ids come from the"
        " arxiv.org links; DOIs only from dl.acm.org/doi links.",
        checked="Read the whole file; compared the -v output with all 26 bullets (24 entries, 2 Other items left"
        " out), the full-width colon of 6, lower-case titles 76/98, the bracketed title 122, entries without an"
        " arXiv link (76-86, 90, 98, 104) and the repeated survey 22/114.",
    )


if __name__ == "__main__":
    main()
