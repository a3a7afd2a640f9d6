"""Wild55 truth for zezhishao/to-read README.md: "Personal To-read Paper List", a time-series researcher's to-read list
(time-series pre-training, distribution shift / domain generalization, probabilistic forecasting), newest commit
(d9d7cca, 2023-08-21).

Shape: 49 lines, 5 KB.  ``# Personal To-read Paper List`` (1), sections ``## Pre-Training & Unsupervised Learning:``
(3), ``## Distribution Shift`` (19), ``## Probalistic Forecasting`` (41), ``## Text Book`` (47).  Every item is a
task-list checkbox ``- [ ] [Title](url), Venue'yy.`` (one ticked ``- [x]`` at 9) whose link text is the title with the
owner's keywords emphasised inside it in bold italics: ``[Self-Supervised Contrastive ***Pre-Training*** for Time Series
via ***Time-Frequency Consistency***](https://arxiv.org/pdf/2206.08496.pdf), NIPS'22.`` (5 uses plain bold
``**Pretrained**``).

Special cases:
- Emphasis markers are markup, not part of the title: the title is the link text with ``*`` runs removed
  (``A Survey on Time-Series Pre-Trained Models``).
- 11's link text ends with a space before ``]`` (``... Forecasting ](url)``): trimmed.
- 22 is followed by a full-width comma ``，`` before the venue; 23-29 and 37-39, 43-44 have no final period; 29 has the
  typo venue ``ICLM'23``; 32 ``NIPS'22 Workshop``.
- 22 and 34 list the same paper (``How robust are pre-trained models to distribution shift?``) twice: two entries.
- 36 ``- [ ] Surveys:`` is a checkbox with no paper, heading the nested list 37-39 (two-space indent): not an entry;
  37-39 are entries.
- 49 ``[Forecasting: Principles and Practice](https://otexts.com/fpp3/)`` under ``## Text Book`` is a textbook: not an
  entry.
- arXiv ids from arxiv.org abs/pdf links; 30's ACM link gives DOI ``10.1145/3459637.3482315``; the openreview, CVF and
  PMLR links give none.

Decisions:
- Entry = each checkbox item whose text starts with a Markdown link, except the textbook at 49: 34 entries, one line
  each.
- Title = link text with ``*`` emphasis markers removed and whitespace trimmed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "zezhishao__to-read__README@d9d7cca.md"
PART = "wild55_development"

ITEM = re.compile(r"^\s*- \[[ x]\] \[(?P<text>.+?)\]\((?P<url>[^)]*)\)")
TEXTBOOK = 49


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n == TEXTBOOK:
            continue
        title = re.sub(r"\*+", "", m.group("text")).strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert 36 not in by and 49 not in by
    assert by[5]["title"] == "One Fits All: Power General Time Series Analysis by Pretrained LM", by[5]
    assert by[5]["arxiv"] == "2302.11939", by[5]
    assert by[6]["title"] == (
        "Self-Supervised Contrastive Pre-Training for Time Series via Time-Frequency Consistency"), by[6]
    assert by[9]["title"] == "A Transformer-based Framework for Multivariate Time Series Representation Learning", by[9]
    assert by[11]["title"] == (
        "CoST: Contrastive Learning of Disentangled Seasonal-Trend Representations for Time Series Forecasting"), by[11]
    assert by[22]["title"] == by[34]["title"] == "How robust are pre-trained models to distribution shift?", by[22]
    assert by[30]["doi"] == "10.1145/3459637.3482315", by[30]
    assert by[37]["title"] == "Generalizing to Unseen Domains: A Survey on Domain Generalization", by[37]
    assert by[45]["title"] == "RNN with Particle Flow for Probabilistic Spatio-temporal Forecasting", by[45]
    assert all("*" not in p["title"] for p in papers)
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every task-list item '- [ ] [Title](url), Venue'yy.' (including the nested survey items 37-39) is an"
        " entry, except the textbook under 'Text Book' (49); the bare '- [ ] Surveys:' checkbox (36) names no paper."
        "  Title = the link text with the bold/bold-italic keyword markers ('***Pre-Training***') removed and"
        " whitespace trimmed.",
        checked="Read all 49 lines and compared -v for all 34 entries: every emphasised keyword unwrapped, the trailing"
        " space at 11, the duplicate 22/34 kept twice, the full-width comma at 22, nested 37-39, arXiv ids from"
        " arxiv.org links and the ACM DOI at 30, none from openreview/CVF/PMLR links.",
    )


if __name__ == "__main__":
    main()
