"""The weight matrices Theta: random initialisation, and the lesson's (b, W) view of them."""

import numpy as np

from . import checks


def init_weights(sizes, epsilon=0.12, seed=None):
    r"""Random Theta for a network with ``sizes = [s_1, ..., s_L]`` units per layer.

    .. math:: \Theta^{(l)}_{ij} \sim \mathcal{U}(-\epsilon, \epsilon),\quad
              \Theta^{(l)} \in \mathbb{R}^{s_{l+1} \times (s_l + 1)}

    Returns a dict ``{1: Theta1, ..., L-1: Theta(L-1)}``; column 0 of each matrix multiplies the
    bias unit. Small random values break the symmetry between the units of a layer: with all
    weights equal every hidden unit would compute (and learn) the same thing. ``sizes`` is a list
    of whole numbers >= 1 and ``seed`` None or a whole number >= 0.

    >>> Theta = init_weights([2, 3, 1], seed=0)
    >>> {l: T.shape for l, T in Theta.items()}
    {1: (3, 3), 2: (1, 4)}
    >>> bool(np.all(np.abs(Theta[1]) <= 0.12))
    True
    """
    sizes = checks.layer_sizes(sizes)
    epsilon = checks.non_negative(epsilon, "epsilon")
    rng = np.random.default_rng(checks.seed(seed))
    return {
        l: rng.uniform(-epsilon, epsilon, size=(sizes[l], sizes[l - 1] + 1))
        for l in range(1, len(sizes))
    }


def split_theta(Theta_l):
    r"""View one Theta matrix in the lesson's notation: the bias vector b and the weight matrix W.

    .. math:: \Theta^{(l)} = \bigl[\, b \;\big|\; W \,\bigr],\qquad z = W a + b

    Returns views (not copies) ``(b, W)`` with shapes ``(s_{l+1},)`` and ``(s_{l+1}, s_l)``.

    >>> b, W = split_theta(np.array([[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]]))
    >>> print(b, W.shape)
    [0.35 0.35] (2, 2)
    """
    Theta_l = checks.finite_array(Theta_l, "Theta_l", ndim=2)
    if Theta_l.shape[1] < 2:
        raise ValueError(f"Theta_l needs a bias column and at least one weight column; got shape {Theta_l.shape}")
    return Theta_l[:, 0], Theta_l[:, 1:]


def join_theta(b, W):
    r"""The inverse of :func:`split_theta`: put the bias vector back as column 0.

    .. math:: \Theta^{(l)} = \bigl[\, b \;\big|\; W \,\bigr]

    ``b`` has shape ``(n,)`` and ``W`` shape ``(n, k)``; the result has shape ``(n, k + 1)``.

    >>> print(join_theta(np.array([0.35, 0.35]), np.array([[0.15, 0.20], [0.25, 0.30]])))
    [[0.35 0.15 0.2 ]
     [0.35 0.25 0.3 ]]
    """
    b = checks.finite_array(b, "b", ndim=1)
    W = checks.finite_array(W, "W", ndim=2)
    if W.shape[0] != b.shape[0]:
        raise ValueError(f"b must have shape ({W.shape[0]},), one entry per row of W of shape {W.shape}; got {b.shape}")
    return np.column_stack([b, W])
