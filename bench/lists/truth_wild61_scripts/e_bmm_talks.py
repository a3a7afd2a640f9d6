"""Wild61 truth for intsystems/BMM talks.md at 96b1a5e (2024-05-29, branch main-23): the student-talk sign-up
list of the MIPT "Bayesian model selection" (BMM) course, 2023/24: papers grouped by seminar topic, each with a
reporter.

Shape: 97 lines, CRLF line ends.  ``# <topic>`` headings (Distributions, Bayesian inference, ..., Gaussian
processes) each followed by two to five bullets.  Two bullet forms:
``* [Title](url) [reporter: Name]`` (most) and ``*  Title [article](url) [reporter: Name]`` (33, 55-57).  The
reporter is a name or the placeholder ``"your name"``.

Special cases:
- Taken papers are struck through: ``* ~~[Title](url) [reporter: ...]~~`` (3, 6), once only the link
  (11 ``* ~~[The Description Length of Deep Learning Models](url)~~  [reporter: ...]``) and once the whole
  bullet including the star (14 ``~~* Scalable marginal likelihood ... [article](url) ...~~``).  Struck-through
  items are still listed papers and are entries.
- The "Task 1/2 discussion (optional talk)" blocks (30-33, 48-52) repeat papers listed above; every bullet is
  its own entry.
- Several link texts are short names, not the papers' full titles (15 ``Rényi divergence``, 18 ``Variational
  dropout``, 19 ``Alpha-divergence``, 23 ``Probabilistic circuits``, 92 ``Functional MOE``, 2 ``Heavy tails in
  Bayesian NN``); 85 ``MsC: Siamese networks + prob. metric learning`` names a master's thesis.  The title is
  the link text as the file writes it.
- 84 writes its title in capitals, 66 ``HOW TO TRAIN YOUR MAML``; kept as written.
- The file on the default branch (main-24-25) is a shorter 2024/25 list; this snapshot's main-23 branch holds
  the 2023/24 list used here.

Decisions:
- Entry = every bullet of the file (51), one line each.
- Title = the link text of the first link, or, when that link is ``[article]``, the text before it; ``~~``,
  the bullet star and surrounding spaces are removed.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "intsystems__BMM__talks@96b1a5e.md"
PART = "wild61_development"

BULLET = re.compile(r"^(?:~~)?\*\s+(?:~~)?(.*)$")
LINK = re.compile(r"\[([^\]]+)\]\(")


def title_of(body: str) -> str:
    m = LINK.search(body)
    assert m, body
    if m.group(1) == "article":
        return body[: m.start()].strip()
    return m.group(1).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln.rstrip("\r"))
        if m:
            papers.append(entry(lines, n, n, title_of(m.group(1))))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 51, len(papers)
    assert min(by) == 2 and max(by) == 97, (min(by), max(by))
    assert by[2]["title"] == "Heavy tails in Bayesian NN", by[2]
    assert by[3]["title"].startswith("Approximate Fisher Information Matrix"), by[3]
    assert by[3]["arxiv"] == "1810.06767", by[3]
    assert by[11]["title"] == "The Description Length of Deep Learning Models", by[11]
    assert by[14]["title"] == "Scalable marginal likelihood estimation for model selection in deep learning"
    assert by[33]["title"] == by[14]["title"], by[33]
    assert by[30]["title"] == by[48]["title"] == by[3]["title"], (by[30], by[48])
    assert by[56]["title"] == "Bayesnas: A bayesian approach for neural architecture search", by[56]
    assert by[55]["arxiv"] == "2006.04647", by[55]
    assert by[85]["title"] == "MsC: Siamese networks + prob. metric learning", by[85]
    assert by[97]["title"].startswith("State Space Expectation Propagation"), by[97]
    for n in (1, 5, 29, 47, 95):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet of the topic lists is one entry (51), one line each, including struck-through"
        " (~~...~~) bullets and the repeated papers of the 'Task N discussion' blocks.  Title = the text of the"
        " first link, or the text before '[article](url)' when the link text is 'article'; short names used as"
        " link text (e.g. 'Variational dropout', 'Functional MOE') are kept as written.",
        checked="Read the whole file (97 lines); compared the -v output with all 51 bullets: the three strike"
        "-through forms (3, 6, 11, 14), the '[article]' forms (33, 55-57), the repeated discussion blocks"
        " (30-33, 48-52), capitalised titles (66, 84) and sampled arXiv ids.",
    )


if __name__ == "__main__":
    main()
