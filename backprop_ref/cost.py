"""The cost J(Theta) the gradients are gradients of: cross-entropy, squared error or softmax cross-entropy, plus lambda."""

import numpy as np

from . import checks
from .activation import _log_sigmoid, _log_softmax
from .propagation import layers


def regularization(Theta, lam, m):
    r"""The weight-decay term of J; the bias column j = 0 is left out.

    .. math:: \frac{\lambda}{2m} \sum_{l=1}^{L-1} \sum_{i} \sum_{j \ge 1} \bigl(\Theta^{(l)}_{ij}\bigr)^2

    ``Theta[l]`` has shape ``(s_{l+1}, s_l + 1)``, ``lam`` >= 0 and ``m`` >= 1 is the number
    of examples; returns a float (the 5.0 below is a bias weight and adds nothing). At λ = 0 the
    weights are not squared at all: the term is 0 even for weights whose square overflows.

    >>> print(regularization({1: np.array([[5.0, 1.0, 2.0]])}, lam=1.0, m=1))
    2.5
    """
    Theta = checks.network(Theta)
    lam = checks.non_negative(lam, "lam")
    m = checks.count(m, "m")
    with np.errstate(over="ignore"):  # an overflow is reported by the check below
        penalty = _penalty(Theta, lam, m)
    return checks.finite_result(penalty, "the regularization term", Theta=Theta, lam=lam)


def cost(Theta, X, Y, lam=0.0, loss="cross_entropy"):
    r"""The cost J over the m examples of X and Y, with regularization.

    Cross-entropy (the article's J), with :math:`h = a^{(L)} = g(z^{(L)})`:

    .. math:: J(\Theta) = -\frac{1}{m} \sum_{t=1}^{m} \sum_{k=1}^{s_L}
              \Bigl[y^{(t)}_k \log h_k + (1 - y^{(t)}_k) \log(1 - h_k)\Bigr]
              + \frac{\lambda}{2m} \sum_{l} \sum_{i} \sum_{j \ge 1} \bigl(\Theta^{(l)}_{ij}\bigr)^2

    Squared error (the lesson's C): :math:`\frac{1}{2m}\sum_t \sum_k (h_k - y^{(t)}_k)^2` plus
    the same term. Softmax cross-entropy (``loss="softmax_cross_entropy"``, more than two classes),
    with :math:`h = \operatorname{softmax}(z^{(L)})` and rows of Y that are one-hot or
    distributions:

    .. math:: J(\Theta) = -\frac{1}{m} \sum_{t=1}^{m} \sum_{k=1}^{s_L} y^{(t)}_k \log h_k
              + \frac{\lambda}{2m} \sum_{l} \sum_{i} \sum_{j \ge 1} \bigl(\Theta^{(l)}_{ij}\bigr)^2

    ``X`` is ``(m, s_1)``, ``Y`` is ``(m, s_L)``; returns a float. The logs are taken from z
    (log g(z) = -log(1 + e^{-z}); log softmax by log-sum-exp), so a saturated output gives a large
    finite cost, not ``inf``. Weights or inputs so large that z overflows float64 raise ValueError.

    >>> Theta = {1: np.array([[0.0, 0.0]])}
    >>> print(round(cost(Theta, [[1.0]], [[1.0]]), 6))
    0.693147
    >>> print(round(cost({1: np.array([[0.0, 800.0]])}, [[1.0]], [[0.0]]), 6))
    800.0
    >>> print(round(cost({1: np.array([[0.0, 0.0], [0.0, 0.0]])}, [[1.0]], [[0.0, 1.0]],
    ...                  loss="softmax_cross_entropy"), 6))
    0.693147
    """
    Theta, X, Y, lam, loss = checks.problem(Theta, X, Y, lam, loss)
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        J = _cost(Theta, X, Y, lam, loss)
    return checks.finite_result(J, "J", Theta=Theta, X=X, lam=lam)


def _cost(Theta, X, Y, lam, loss):
    """cost() on already checked input: numerical_gradients() runs it twice per weight, train() every epoch."""
    m = X.shape[0]
    A, zL = layers(Theta, X)
    L = len(Theta) + 1
    if loss == "cross_entropy":
        # log(1 - g(z)) = log g(-z): both logs come from z, never from a rounded a(L).
        data = -np.sum(Y * _log_sigmoid(zL) + (1.0 - Y) * _log_sigmoid(-zL)) / m
    elif loss == "softmax_cross_entropy":
        data = -np.sum(Y * _log_softmax(zL)) / m
    else:
        data = np.sum((A[L] - Y) ** 2) / (2 * m)
    return float(data) + _penalty(Theta, lam, m)


def _penalty(Theta, lam, m):
    """lam / (2m) times the sum of the squared weights of every layer, bias column excluded; 0 at lam = 0.

    At lam = 0 nothing is squared: 0 * inf would be NaN for a weight above 1e154.
    """
    if not lam:
        return 0.0
    return lam / (2 * m) * sum(float(np.sum(T[:, 1:] ** 2)) for T in Theta.values())
