"""Wild47 truth for saman-codes/research cv/gan/index.md: the GAN page of one person's paper-notes site ("My humble
collection of paper summaries and random research notes", README), an index whose links go to his own summary of each
paper; newest commit holding the file (17e9579, 2021-03-28, also the repository head's version; 17 commits touch it).

Shape: 35 lines, 1.6 KB, no heading, no bullets, no final newline.  Line 1 is blank, then 13 one-line paragraphs
separated by blank lines (2, 4, ..., 26), each a single Markdown link ``[Title (Year)](bibkey/summary.md)`` whose
target is a relative path to the note (``schlegl2017anogan/summary.md``) - no paper URL, no id anywhere.  Then a ``---``
rule (28), ``[Training tips and tricks](./training_tips_and_tricks.md)`` (30, his own notes page), ``---`` (32) and the
site navigation ``[BACK](../index.md)`` (33) / ``[HOME]( ../../index.md)`` (35).

Special cases:
- The year in parentheses is the author's, sometimes not the paper's (CycleGAN ``(2020)`` 4, pix2pix ``(2018)`` 6);
  it is not title text and is dropped.
- Titles keep the list's case and spacing: ``Wasserstein gan`` 24, ``Stargan: ...`` 26, ``Msg-gan: ...`` 20 (copied
  from lower-cased citations), ``CollaGAN : Collaborative GAN ...`` 10 with a space before the colon.
- An earlier version of the page held full citations inside the link text; the newest one has titles only.

Decisions:
- Entry = each of the 13 link paragraphs 2-26; title = the link text without the trailing `` (Year)``.
- Not entries: ``Training tips and tricks`` (a notes page, not a paper), BACK / HOME navigation, rules.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "saman-codes__research__cv__gan__index@17e9579.md"
PART = "wild47_development"

PAPER = re.compile(r"^\[(?P<title>.+) \((?P<year>(?:19|20)\d\d)\)\]\((?P<note>[a-z0-9_]+/summary\.md)\)$")
OTHER = {"[Training tips and tricks](./training_tips_and_tricks.md)", "[BACK](../index.md)", "[HOME]( ../../index.md)",
         "---"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "[HOME]( ../../index.md)", lines[-1]
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or ln.rstrip() in OTHER:
            continue
        m = PAPER.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert [p["line"] for p in papers] == list(range(2, 27, 2)), [p["line"] for p in papers]
    t = {p["line"]: p for p in papers}
    assert t[2]["title"] == ("Unsupervised Anomaly Detection with Generative Adversarial Networks to Guide Marker"
                             " Discovery"), t[2]
    assert t[10]["title"] == "CollaGAN : Collaborative GAN for Missing Image Data Imputation", t[10]
    assert t[22]["title"] == ("Learning fixed points in generative adversarial networks: From image-to-image"
                              " translation to disease detection and localization"), t[22]
    assert t[24]["title"] == "Wasserstein gan", t[24]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 13 one-line link paragraphs 2-26 ('[Title (Year)](bibkey/summary.md)', linking the author's own"
        " summary) is an entry; title = the link text without the trailing ' (Year)'.  Not entries: the 'Training tips"
        " and tricks' notes page (30), BACK/HOME navigation (33, 35), rules.  No paper URLs, so no ids.",
        "Read all 35 lines; compared -v for all 13 entries: years dropped (including the author's wrong ones, 4/6),"
        " lower-case 'Wasserstein gan' 24 / 'Stargan' 26 / 'Msg-gan' 20 and 'CollaGAN :' 10 kept as written; the notes"
        " page and navigation links excluded.",
    )


if __name__ == "__main__":
    main()
