"""Wild40 truth for Intelligent-Systems-Phystech/BMM-21 talks.md: the list of student talk topics of the
MIPT (Phystech) course "Bayesian model selection" (BMM), spring 2022 -- each topic written in Russian
(sometimes with an English paper title) with a link to the paper the talk is based on, the reporter in
brackets ("[Докладчик: Филатов Андрей]", "[Колесов]", "[Докладчик: TODO]"), and topics nobody took struck
through with "~~...~~".

Shape: 76 lines, 22 "## " topic headings (English or Russian) with 1-3 "* " bullets each.  A bullet is
"* <Russian description of the talk / paper> [(статья)](url) [Докладчик: ...]"; the text before the link
is a Russian paraphrase of the paper ("Аппроксимация Лапласа с факторизацией Кронекера", "Связь MCMC и
вар. вывода"), a method nickname ("Ladder VAE", "S-VAE", "Multi-View CCA", "Firefly MCMC: ...",
"Model-agnostic optimization", "Neural-Tangent-Kernel-ансамбли"), or -- in four bullets -- the paper's
English title ("Wasserstein Distance Guided Representation Learning for Domain Adaptation" 15, "Fixing a
Broken ELBO: обобщение ELBO для генеративных моделей" 31, "On the Expressiveness of Approximate Inference
in Bayesian Neural Networks" 44, "Graph neural diffusion, GRAND" 26 for "GRAND: Graph Neural Diffusion").
Decisions:
- Entry = each bullet that links a paper ("(статья)", "(cтатья)" with a Latin c in 19, "(ссылка на статью)", "статья", "статья про BIC"), struck
  through or not (the strike marks an untaken talk, the record still names its paper); lines = the bullet's
  line.  35 entries.
- Not entries: 2 and 3 (Wishart and Gumbel distributions -- topics without a paper), the "(семинар)"
  YouTube talk links in 22-23 and the "(презентация)" slides link in 27.
- 10 "MDL и BIC ([учебник](arxiv math/0406077), [статья про BIC](projecteuclid ... 10.1214/aos/1176344136))":
  the first link is labelled a textbook (учебник) by the list and is not taken as an entry; the BIC paper
  is the entry, its DOI 10.1214/aos/1176344136 from the Project Euclid URL and no arXiv id (the arXiv link
  on that line is the textbook's, so it is cleared by hand).
- 22-23 are written "~~* ...~~" (the strike outside the bullet marker), so Markdown renders them as one
  two-line paragraph rather than list items; each line names its own paper -> two entries (22, 23).
- 75 and 76 repeat the papers of 59 (arXiv 2006.14769) and 39 (arXiv 1703.03400) for other talks --
  separate entries.
- Title: the English title where the bullet writes one (15, 44; "Fixing a Broken ELBO" 31 without the
  Russian gloss after ":"; "Graph neural diffusion" 26 without the nickname ", GRAND"); null for every
  bullet that only gives a Russian description or a method nickname (the rule for entries naming no
  title).
arXiv ids from arxiv.org/abs|pdf links (17 entries); the only DOI is the BIC paper's.  35 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "Intelligent-Systems-Phystech__BMM-21__talks@390e9c7.md"
PART = "wild40_development"

ITEM = re.compile(r"^(?:~~)?\* (?:~~)?(.*)$")
PAPER_LINK = re.compile(r"\[\((?:с|c)татья\)\]\(|\[\(ссылка на статью\)\]\(|\[статья(?: про BIC)?\]\(")
TOPICS_ONLY = {2: "Распределение Уишарта", 3: "Распределение Гумбеля"}
TITLES = {
    15: "Wasserstein Distance Guided Representation Learning for Domain Adaptation",
    26: "Graph neural diffusion",
    31: "Fixing a Broken ELBO",
    44: "On the Expressiveness of Approximate Inference in Bayesian Neural Networks",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = []
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text)
        if not m:
            assert not text.strip() or text.startswith("## "), n
            continue
        items.append(n)
        if n in TOPICS_ONLY:
            assert TOPICS_ONLY[n] in text and "](" not in text, n
            continue
        assert len(PAPER_LINK.findall(text)) == 1, n
        title = TITLES.get(n)
        if title is not None:
            assert title in text, n
        p = entry(lines, n, n, title)
        if n == 10:
            assert p["arxiv"] == "math/0406077" and "[учебник]" in text
            p["arxiv"] = None
        papers.append(p)
    assert len(items) == 37, len(items)
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each talk bullet that links a paper ('(статья)', '(ссылка на статью)', 'статья про BIC'), struck through "
        "or not, is an entry on its line (35, repeats 75/76 and the two '~~* ' lines 22-23 included); the two "
        "distribution topics without a paper (2, 3), the textbook link in 10, seminar videos and slides are not; "
        "title = the English paper title where the bullet writes one (15, 26, 31, 44), else null (Russian "
        "descriptions and method nicknames name no title).",
        "Read all 76 lines: every bullet's link checked to be a paper (arXiv, OpenReview, PMLR, NeurIPS, JMLR, "
        "AAAI, CVF, MacKay's and Vitányi's PDFs, Tipping & Bishop 1999, Bishop CVPR-05), its text compared with the "
        "paper it links to decide title vs description/nickname (the four English titles kept; 'Ladder VAE', "
        "'Firefly MCMC', 'Multi-View CCA', 'S-VAE', 'Model-agnostic optimization' taken as nicknames), the strike "
        "marks, the textbook/BIC split of 10 with its DOI, and every arXiv id against the -v output.",
    )


if __name__ == "__main__":
    main()
