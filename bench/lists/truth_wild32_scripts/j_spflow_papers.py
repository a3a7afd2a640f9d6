"""Wild32 truth for SPFlow/SPFlow PAPERS.md (commit 4d41012): the developers' reading list kept in the
repository of the SPFlow library (sum-product networks / probabilistic circuits).  The file was
removed at the newest commit (796e984, "untrack accidental sync cleanup artifacts"), so the last commit
holding it is used.

Shape: a GitHub task list, one unchecked ``- [ ]`` item per line (lines 2-38), written in haste: a title
followed by the same URL as link text (2, 9, 15-17, 24), a title as link text (4-8, 25-30), a
downloaded file name as link text (3, 35, 38: ``[2404.09674v1.pdf](arxiv)``) or title plus file name
(``[Title - 2404.08458v1.pdf](...)``, 31, 32, 34, 36, 37), a file name link followed by the title (33),
bare titles without a link (19, 21-23), notes (``Read ...``, 10, 11, 13; trailing ``When:`` 12, 20;
``#Paper Reading List`` 31), links through Google Scholar or a Gmail redirect (4-8).  Item 27 wraps:
its link text runs on to line 28.  Every item is an entry except line 18 ("Gaussian Bernoulli RBMs"
linking a tweet: it names a topic and points to a social-media post, not to a work): 35 entries.

Title: the paper's title as the item writes it, without the link that repeats it, the file name,
"(PDF)" (7), "Read" (11), "When:" and "#Paper Reading List".  ``None`` where the item names no title:
a file name only (3, 35, 38), a nickname or note (9 "Sparse SPNs Paper", 10 "SPN outlier detection",
12 "Negative weight GMM", 13 "Emebbings from prob circuits?").  Line 20's "Continuous mixtures of
TPMs" is the item's shortened title and is kept as written.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "SPFlow__SPFlow__PAPERS@4d41012.md"
PART = "wild32_development"

TITLES = {
    2: "Training and Inference on Any-Order Autoregressive Models the Right Way",
    3: None,
    4: "Is Complex Query Answering Really Complex?",
    5: "Optimal Transport for Probabilistic Circuits",
    6: "What is the Relationship between Tensor Factorizations and Circuits (and How Can We Exploit it)?",
    7: "Sum of Squares Circuits",
    8: "A Compositional Atlas for Algebraic Circuits",
    9: None,
    10: None,
    11: "Closing the gap: Exact maximum likelihood training of generative autoencoders using invertible layers",
    12: None,
    13: None,
    14: "A Compositional Atlas of Tractable Circuit Operations for Probabilistic Inference",
    15: "Optimisation of Overparametrized Sum-Product Networks",
    16: "LOSSLESS COMPRESSION WITH PROBABILISTIC CIRCUITS",
    17: "Your Knowledge Graph Embeddings are Secretly Circuits and You Should Treat Them as Such",
    19: "Bayesian Structure Scores for Probabilistic Circuits",
    20: "Continuous mixtures of TPMs",
    21: "Mixture of All Trees",
    22: "Semantic Strengthening of Neuro-Symbolic Learning",
    23: "Joint Probability Trees",
    24: "How to Turn Your Knowledge Graph Embeddings into Generative Models",
    25: "Polynomial Semantics of Tractable Probabilistic Circuits",
    26: "Scalable Analysis of Probabilistic Models and Programs",
    27: "NEURAL NETWORK APPROXIMATORS FOR MARGINAL MAP IN PROBABILISTIC CIRCUITS",
    29: "Building Expressive and Tractable Probabilistic Generative Models: A Review",
    30: "Benefits of Non-Linear Scale Parameterizations in Black Box Variational Inference through Smoothness"
    " Results and Gradient Variance Bounds",
    31: "On the Independence Assumption in Neurosymbolic Learning",
    32: "Scaling Tractable Probabilistic Circuits: A Systems Perspective",
    33: "Learning Distributionally Robust Tractable Probabilistic Models in Continuous Domain",
    34: "A top-down tractable inference method for Sum-Product Networks by pruning ineffective Subnetworks",
    35: None,
    36: "Top-Down Bayesian Posterior Sampling for Sum-Product Networks",
    37: "On the Expressive Power of Tree-Structured Probabilistic Circuits",
    38: None,
}


def main() -> None:
    lines = read_lines(NAME)
    items = [n for n, ln in enumerate(lines, 1) if ln.startswith("- [ ] ")]
    assert items == [n for n in range(2, 39) if n != 28], items
    papers = []
    for n in items:
        if n == 18:
            continue  # a topic linking a tweet
        last = 28 if n == 27 else n
        papers.append(entry(lines, n, last, TITLES[n]))
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every task-list item is an entry except the topic linking a tweet (line 18); titles set by hand per"
        " item without repeated links, file names, 'Read'/'When:' notes, None for file-name-only or"
        " nickname items.",
        "All 37 items read one by one against the output; the two-line item 27-28 and the ids of the"
        " Scholar/arXiv links checked.",
    )


if __name__ == "__main__":
    main()
