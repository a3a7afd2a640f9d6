"""Open truth (batch 3) for khakhalin/notes neuro/00_articles_neuro.md (at ba6edbc): a researcher's
Obsidian-style to-read list of neuroscience papers, in topic sections.

Each paper is a paragraph (lines up to a blank line): mostly an APA or Vancouver reference, sometimes
'Title' or 'Title Authors' with the authors on the next line, sometimes a bare URL before the title;
then link lines and the reader's notes (emoji marks, '#tags', 'Tweetprint:', 'Code:').  The forms vary
too much for one pattern, so the script lists each entry's lines and title by hand and asserts that
the title is written in those lines.  The entry runs over the paragraph (reference, links, notes),
the title is the work's title as written (no authors, year, venue; '(2016)' after the Wilson-Cowan
title dropped).  Decisions:

- Not entries: the backprop blog post and StackExchange links (lines 28-30), the bare Distill link
  to 'Research Debt' offered as "general opinion" (44-45), the video, tweet, news-coverage, Scholar
  profile and code links inside paragraphs, the 'Related to:' and 'See' wiki links.
- Papers mentioned in the notes are not entries: the Gidon et al. Science reference written inside
  the note on line 281 (that paper is an entry at line 141) and '[this paper](pnas link)' on line 268.
- 'Thread: Circuits' (Distill, 2020) is cited like an article: an entry.
- Rolfe's PhD thesis 'Intrinsic Gradient Networks' is an entry.
- Paragraphs with several papers give one entry each, on their own lines: the three time-perception
  papers (title line + nature.com link, 121-126, the blog post on 127 not an entry) and Mandler's two
  'How to build a baby' papers (365-366 and 368-369).  Where a paragraph opens with a note line
  (376), the entry starts at the reference.
- Hoerzer et al. 2014 is listed twice (lines 69 and 77): two entries.
- Nature article ids, ScienceDirect/Cell PIIs and PubMed ids are not DOIs; bioRxiv '10.1101/...' URLs
  and Frontiers/PLOS/AIP/Royal Society URLs give DOIs; the file's 'arxiv.org/abs/2010.05516a' gives
  2010.05516.
"""
from _open import Open, clean

NAME = "khakhalin__notes__neuro__00_articles_neuro@ba6edbc.md"

ENTRIES = [
    (8, 8, "Learning function from structure in neuromorphic networks"),
    (10, 11, "Neural heterogeneity promotes robust learning"),
    (13, 14, "Predictive processing: a canonical cortical computation"),
    (16, 18, "Predictive coding is an emergent property of input-driven RNNs trained to be energy efficient"),
    (20, 22, "Learning to live with Dale's principle: ANNs with separate excitatory and inhibitory units"),
    (24, 26, "Direct Fit to Nature: An Evolutionary Perspective on Biological and Artificial Neural Networks"),
    (32, 33, "Learning the architectural features that predict functional similarity of neural networks"),
    (37, 39, "Thread: Circuits"),
    (41, 42, "Fundamental bounds on learning performance in neural circuits"),
    (47, 48, "Hopfield networks is all you need"),
    (54, 55, "Beyond molecular codes: simple rules to wire complex brains"),
    (57, 57, "The combination of STDP and intrinsic plasticity yields complex dynamics in recurrent spiking networks"),
    (59, 61, "Relating network connectivity to dynamics: opportunities and challenges for theoretical neuroscience"),
    (63, 63, "Spike-timing dependent plasticity in balanced random networks"),
    (65, 65, "Mapping spatio-temporally encoded patterns by reward-modulated STDP in Spiking neurons"),
    (67, 67, "Encoding innate ability through a genomic bottleneck"),
    (69, 69, ("Emergence of complex computational structures from chaotic neural networks through reward-modulated"
              " Hebbian learning")),
    (71, 71, "STDP in recurrent neuronal networks"),
    (73, 73, ("Effects of cellular homeostatic intrinsic plasticity on dynamical and computational properties of"
              " biological recurrent neural networks")),
    (75, 75, ("Emergence of network structure due to spike-timing-dependent plasticity in recurrent neuronal networks"
              " III: Partially connected neurons driven by spontaneous activity")),
    (77, 77, ("Emergence of Complex Computational Structures From Chaotic Neural Networks Through Reward-Modulated"
              " Hebbian Learning")),
    (79, 79, "Learning input correlations through nonlinear temporally asymmetric Hebbian plasticity"),
    (81, 81, "Phenomenological models of synaptic plasticity based on spike timing"),
    (83, 85, "Opposing effects of neuronal activity on structural plasticity"),
    (87, 88, "Dynamical encoding by networks of competing neuron groups: winnerless competition"),
    (90, 91, "Dynamics of competition between subnetworks of spiking neuronal networks in the balanced state"),
    (93, 95, ("Turning on and off with excitation: the role of spike-timing asynchrony and synchrony in sustained"
              " neural activity")),
    (99, 100, "Robust development of synfire chains from multiple plasticity mechanisms"),
    (102, 104, "Building functional networks of spiking model neurons"),
    (106, 106, "Predicting non-linear dynamics by stable local learning in a recurrent spiking neural network"),
    (108, 108, "Symmetry of learning rate in synaptic plasticity modulates formation of flexible and stable memories"),
    (110, 110, "Distinct role of flexible and stable encodings in sequential working memory"),
    (112, 112, "Supervised learning in spiking neural networks with FORCE training"),
    (114, 114, ("A diversity of interneurons and Hebbian plasticity facilitate rapid compressible learning in the"
                " hippocampus")),
    (116, 116, "Matching Recall and Storage in Sequence Learning with Spiking Neural Networks"),
    (118, 118, "Neural mechanisms of attending to items in working memory"),
    (121, 122, "Integrating time from experience in the lateral entorhinal cortex"),
    (123, 124, "Activity in perceptual classification networks as a basis for human subjective time perception"),
    (125, 126, "Changing temporal context in human temporal lobe promotes memory of distinct episodes"),
    (129, 131, "A unifying mechanistic model of selective attention in spiking neurons"),
    (137, 139, "Is plasticity of synapses the mechanism of long-term memory storage?"),
    (141, 145, "Dendritic action potentials and computation in human layer 2/3 cortical neurons"),
    (147, 150, ("Unifying Long-Term Plasticity Rules for Excitatory Synapses by Modeling Dendrites of Cortical"
                " Pyramidal Neurons")),
    (154, 154, "Towards deep learning with segregated dendrites"),
    (156, 158, "A solution to the learning dilemma for recurrent networks of spiking neurons"),
    (160, 161, "Explaining Neural Matrix Factorization with Gradient Rollback"),
    (163, 164, "Burst-dependent synaptic plasticity can coordinate learning in hierarchical circuits"),
    (166, 168, "Learning to Learn with Feedback and Local Plasticity"),
    (170, 171, "A rapid and efficient learning rule for biological neural circuits"),
    (173, 174, "Cortical credit assignment by Hebbian, neuromodulatory and inhibitory plasticity"),
    (176, 176, "The tempotron: a neuron that learns spike timing–based decisions"),
    (178, 180, "Continual learning through synaptic intelligence"),
    (182, 184, ("A unifying theory of synaptic long-term plasticity based on a sparse distribution of synaptic"
                " strength")),
    (186, 188, "Intrinsic Gradient Networks"),
    (190, 193, "Two Routes to Scalable Credit Assignment without Weight Symmetry"),
    (199, 199, "Dendritic solutions to the credit assignment problem"),
    (201, 205, "A distributional code for value in dopamine-based reinforcement learning"),
    (207, 208, "Prefrontal cortex as a meta-reinforcement learning system"),
    (210, 210, "Reinforcement learning using a continuous time actor-critic framework with spiking neurons"),
    (216, 218, ("Limited correspondence in visual representation between the human brain and convolutional neural"
                " networks")),
    (220, 223, "Training deep neural density estimators to identify mechanistic models of neural dynamics"),
    (225, 226, "Patterns across multiple memories are identified over time"),
    (228, 229, ("Preference distributions of primary motor cortex neurons reflect control solutions optimized for limb"
                " biomechanics")),
    (231, 233, "Deep supervised, but not unsupervised, models may explain IT cortical representation"),
    (235, 236, "How are complex cell properties adapted to the statistics of natural stimuli?"),
    (238, 240, "A unified theory for the origin of grid cells through the lens of pattern formation"),
    (242, 244, "A neural network model of flexible grasp movement generation"),
    (246, 248, "Capsule Networks as Recurrent Models of Grouping and Segmentation"),
    (252, 253, "An Integrated Index: Engrams, Place Cells, and Hippocampal Memory"),
    (255, 256, "Circuit mechanisms for the maintenance and manipulation of information in working memory"),
    (258, 260, "Can sleep protect memories from catastrophic forgetting?"),
    (262, 264, "Dentate gyrus circuits for encoding, retrieval and discrimination of episodic memories"),
    (266, 269, "Context-modular memory networks support high-capacity, flexible, and robust associative memories"),
    (273, 275, "Wiring Up Vision: Minimizing Supervised Synaptic Updates Needed to Produce a Primate Ventral Stream"),
    (277, 281, "Mish: A Self Regularized Non-Monotonic Neural Activation Function"),
    (283, 284, ("A theoretical framework to derive simple, firing-rate-dependent mathematical models of synaptic"
                " plasticity")),
    (286, 286, "Inferring learning rules from distributions of fring rates in cortical neurons"),
    (288, 290, "Crowding Reveals Fundamental Differences in Local vs. Global Processing in Humans and Machines"),
    (292, 295, "Deep neuroethology of a virtual rodent"),
    (297, 298, "Learning from brains how to regularize machines"),
    (300, 300, "The quest for interpretable models of neural population activity"),
    (302, 304, "Metamers of neural networks reveal divergence from human perceptual systems"),
    (306, 308, "Unsupervised identification of the internal states that shape natural behavior"),
    (310, 312, ("Recurrent networks can recycle neural resources to flexibly trade speed for accuracy in visual"
                " recognition")),
    (314, 315, "Deep neural networks in computational neuroscience"),
    (319, 321, "Hierarchical motor control in mammals and machines"),
    (323, 323, "Universality and individuality in neural dynamics across large populations of recurrent networks"),
    (325, 328, "Recurrence is required to capture the representational dynamics of the human visual system"),
    (330, 333, "Nested Neuronal Dynamics Orchestrate a Behavioral Hierarchy across Timescales"),
    (335, 336, "Wilson–Cowan Equations for Neocortical Dynamics"),
    (340, 342, "Recurrent neural network models of multi-area computation underlying decision-making"),
    (344, 345, "Unifying and generalizing models of neural dynamics during decision-making"),
    (351, 351, ("Towards a scientific concept of free will as a biological trait: spontaneous actions and"
                " decision-making in invertebrates")),
    (353, 354, "Harnessing stochasticity: How do organisms make choices?"),
    (356, 356, ("Distinct sources of deterministic and stochastic components of action timing decisions in rodent"
                " frontal cortex")),
    (358, 358, "Computational noise in reward-guided learning drives behavioral variability in volatile environments"),
    (362, 363, "Crossing the Cleft: Communication Challenges Between Neuroscience and Artificial Intelligence"),
    (365, 366, "How to build a baby: On the development of an accessible representational system"),
    (368, 369, "How to build a baby: II. Conceptual primitives"),
    (373, 374, "Foundations of computational neuroscience"),
    (377, 378, "The information theory of individuality"),
    (380, 381, "The mouse cortico-tectal projectome"),
    (383, 385, "Flocking in complex environments--attention trade-offs in collective information processing"),
    (387, 389, "General Anesthesia Decouples Cortical Pyramidal Neurons"),
    (391, 393, "Harnessing behavioral diversity to understand neural computations for cognition"),
    (395, 397, "Learning predictive structure without a teacher: decision strategies and brain routes"),
    (399, 401, "The language of the brain: real-world neural population codes"),
    (403, 404, "Data-driven models in human neuroscience and neuroengineering"),
    (406, 408, "An argument for hyperbolic geometry in neural circuits"),
    (410, 412, "Mind the last spike — firing rate models for mesoscopic populations of spiking neurons"),
    (414, 417, "Interrogating theoretical models of neural computation with deep inference"),
    (419, 420, "The Meaning of Behavior: Discriminating Reflex and Volition in the Brain"),
    (422, 422, "Classes of dendritic information processing"),
    (424, 424, "Constraining computational models using electron microscopy wiring diagrams"),
    (426, 428, "Representational similarity analysis-connecting the branches of systems neuroscience"),
]


def main() -> None:
    t = Open(NAME)
    for first, end, title in ENTRIES:
        assert title in clean(t.span(first, end)), first
        t.add(first, end, title)
    t.write("every paragraph (or part of a paragraph) citing one paper is an entry over its reference, link and"
            " note lines; title = the work's title as written, listed by hand and asserted to be in the entry's"
            " lines; blog, video, tweet, code links and papers named inside notes are not entries",
            f"every line of the file, one by one: {len(ENTRIES)} entries, their line spans, titles and links; the"
            " link-only and note-only lines left out")


if __name__ == "__main__":
    main()
