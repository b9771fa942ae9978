"""The gradient D of J: the article's loop over examples, the batched fast path, and a numerical check."""

import numpy as np

from . import checks
from .activation import _softmax
from .cost import _cost
from .propagation import _backward, _forward, layers


def regularized(Delta, Theta, lam, m):
    r"""Form D from the accumulated Delta: divide by m and add λ/m Θ except in the bias column.

    .. math:: D^{(l)}_{ij} = \frac{1}{m}\Delta^{(l)}_{ij} + \frac{\lambda}{m}\Theta^{(l)}_{ij}\ (j \ne 0),
              \qquad D^{(l)}_{i0} = \frac{1}{m}\Delta^{(l)}_{i0}

    The condition is on the column j (j = 0 multiplies the bias unit), not on the layer l.
    ``Delta`` and ``Theta`` are dicts with the same keys and shapes ``(s_{l+1}, s_l + 1)``, ``m``
    the number of examples; returns a new dict ``D`` of the same shapes (Delta is not modified).

    >>> D = regularized({1: np.array([[2.0, 2.0]])}, {1: np.array([[3.0, 3.0]])}, lam=1.0, m=2)
    >>> print(D[1])
    [[1.  2.5]]
    """
    Theta = checks.network(Theta)
    Delta = checks.like_theta(Delta, Theta, "Delta")
    lam = checks.non_negative(lam, "lam")
    m = checks.count(m, "m")
    with np.errstate(over="ignore"):  # an overflow (lam Theta beyond 1.8e308) is reported by the check below
        D = _regularized(Delta, Theta, lam, m)
    return checks.finite_result(D, "D", Delta=Delta, Theta=Theta, lam=lam)


def _regularized(Delta, Theta, lam, m):
    """regularized() on already checked input: gradients() runs it once at the end."""
    D = {}
    for l, T in Theta.items():
        D[l] = Delta[l] / m
        if lam:
            D[l][:, 1:] += lam / m * T[:, 1:]
    return D


def gradients(Theta, X, Y, lam=0.0, loss="cross_entropy"):
    r"""The partial derivatives D(l) = ∂J/∂Θ(l), by the article's algorithm, one example at a time.

    .. math:: \Delta^{(l)} := 0;\qquad
              \Delta^{(l)} := \Delta^{(l)} + \delta^{(l+1)} \bigl(a^{(l)}\bigr)^\top
              \ \text{for } t = 1..m;\qquad
              D^{(l)} = \tfrac{1}{m}\Delta^{(l)} + \tfrac{\lambda}{m}\Theta^{(l)}\ (j \ne 0)

    ``X`` is ``(m, s_1)``, ``Y`` is ``(m, s_L)``; returns ``D``, keyed like ``Theta`` with the same
    shapes. This is the readable version; :func:`gradients_vectorized` gives the same D faster.
    ``loss`` is ``"cross_entropy"``, ``"squared_error"`` or ``"softmax_cross_entropy"`` (softmax
    output, rows of Y one-hot or distributions), as in :func:`cost`; only δ⁽ᴸ⁾ depends on it.

    >>> Theta = {1: np.array([[0.0, 1.0]]), 2: np.array([[0.0, 2.0]])}
    >>> D = gradients(Theta, [[0.0]], [[1.0]])
    >>> print(D[2].round(4), D[1].round(4))
    [[-0.2689 -0.1345]] [[-0.1345  0.    ]]
    """
    Theta, X, Y, lam, loss = checks.problem(Theta, X, Y, lam, loss)
    m = X.shape[0]
    Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        for t in range(m):
            a, z = _forward(Theta, X[t], loss)
            d = _backward(Theta, a, z, Y[t], loss)
            for l in Delta:
                Delta[l] += np.outer(d[l + 1], a[l])
        D = _regularized(Delta, Theta, lam, m)
    return checks.finite_result(D, "D", Theta=Theta, X=X, lam=lam)


def gradients_vectorized(Theta, X, Y, lam=0.0, loss="cross_entropy"):
    r"""The same D as :func:`gradients`, for all m examples at once with matrix products.

    Row t of the batch matrices is example t, so the sum over examples becomes one product:

    .. math:: \Delta^{(l)} = \bigl(\delta^{(l+1)}\bigr)^\top \bigl[\,\mathbf{1} \;\big|\; A^{(l)}\bigr],
              \qquad \delta^{(l)} = \bigl(\delta^{(l+1)} \Theta^{(l)}_{:,\,1:}\bigr) \odot A^{(l)} \odot (1 - A^{(l)})

    starting from :math:`\delta^{(L)} = A^{(L)} - Y` (with :math:`A^{(L)} = \operatorname{softmax}(Z^{(L)})`
    row by row for ``loss="softmax_cross_entropy"``).
    Here δ⁽ˡ⁾ and A⁽ˡ⁾ are ``(m, s_l)`` matrices: row t is example t's δ⁽ˡ⁾ and a⁽ˡ⁾ (bias unit
    left out) as a row, the transpose of the page's column vectors stacked side by side;
    :math:`\Theta^{(l)}_{:,\,1:}` is Θ⁽ˡ⁾ without its bias column (the delta rule's
    :math:`W^{(l+1)}`, the matrix feeding layer l + 1) and :math:`A^{(l)} = g(Z^{(l)})`, so
    :math:`A(1 - A) = g'(Z)`; then :math:`D^{(l)} = \tfrac{1}{m}\Delta^{(l)} + \tfrac{\lambda}{m}\Theta^{(l)}`
    outside the bias column, as in :func:`regularized`. ``X`` is ``(m, s_1)``, ``Y`` is ``(m, s_L)``; ``D[l]`` has the shape
    of ``Theta[l]``, as in :func:`gradients`.

    >>> Theta = {1: np.array([[0.0, 1.0]]), 2: np.array([[0.0, 2.0]])}
    >>> D = gradients_vectorized(Theta, [[0.0]], [[1.0]])
    >>> print(D[2].round(4), D[1].round(4))
    [[-0.2689 -0.1345]] [[-0.1345  0.    ]]
    """
    Theta, X, Y, lam, loss = checks.problem(Theta, X, Y, lam, loss)
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        D = _gradients_vectorized(Theta, X, Y, lam, loss)
    return checks.finite_result(D, "D", Theta=Theta, X=X, lam=lam)


def _gradients_vectorized(Theta, X, Y, lam, loss, m=None):
    """gradients_vectorized() on already checked input: train() runs it once per mini-batch.

    The data term is averaged over the rows of X; the penalty is (lam / m) Theta with ``m`` the
    number of examples J averages over (default: the rows of X). For a mini-batch of b of the m
    rows, that makes the step an unbiased estimate of the gradient of the full J: its mean over the
    batches of an epoch is ∂J/∂Θ, penalty included.
    """
    b = X.shape[0]
    m = b if m is None else m
    A, zL = layers(Theta, X)
    L = len(Theta) + 1
    d = (_softmax(zL) if loss == "softmax_cross_entropy" else A[L]) - Y
    if loss == "squared_error":
        d *= A[L] * (1.0 - A[L])
    # Scaling the small (b, s_L) delta by 1/b scales every later delta and product with it, so the
    # products below are already Delta/b: no extra pass over the large Delta matrices.
    d *= 1.0 / b
    D = {}
    for l in range(L - 1, 0, -1):
        D[l] = np.empty_like(Theta[l])
        D[l][:, 0] = d.sum(axis=0)  # assigned: sum(out=) into the strided column is 2x slower
        np.matmul(d.T, A[l], out=D[l][:, 1:])  # written straight into place, no copy of the product
        if lam:
            D[l][:, 1:] += lam / m * Theta[l][:, 1:]
        if l > 1:
            # g'(Z) = A (1 - A) in three in-place passes and no (m, s_l) temporary; A[l] is not
            # needed after this, so 1 - A overwrites it.
            d = d @ Theta[l][:, 1:]
            d *= A[l]
            np.subtract(1.0, A[l], out=A[l])
            d *= A[l]
    return D


def numerical_gradients(Theta, X, Y, lam=0.0, loss="cross_entropy", epsilon=1e-4):
    r"""Central-difference estimates of ∂J/∂Θ, the gradient check for :func:`gradients`.

    .. math:: \frac{\partial J}{\partial \Theta^{(l)}_{ij}} \approx
              \frac{J(\Theta + \epsilon E_{ij}) - J(\Theta - \epsilon E_{ij})}{2\epsilon}

    Two evaluations of J per weight: slow, and only for checking. Keyed and shaped like Theta;
    ``loss`` names the J that is differentiated, as in :func:`cost`. ``epsilon`` must be at least
    :math:`\sqrt{\varepsilon_{64}}\,\max(1, \max|\Theta|)` (about 1.5e-8 for weights up to 1,
    :math:`\varepsilon_{64}` the float64 machine epsilon): below that, the rounding of Θ ± ε and of
    J leaves fewer than half of float64's digits in the quotient (ε = 1e-16 gives mostly zeros).

    >>> Theta = {1: np.array([[0.0, 1.0]]), 2: np.array([[0.0, 2.0]])}
    >>> N = numerical_gradients(Theta, [[0.0]], [[1.0]])
    >>> print(N[2].round(4), N[1].round(4))
    [[-0.2689 -0.1345]] [[-0.1345  0.    ]]
    """
    Theta, X, Y, lam, loss = checks.problem(Theta, X, Y, lam, loss)
    epsilon = checks.difference_step(epsilon, Theta)
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        numeric = _numerical_gradients(Theta, X, Y, lam, loss, epsilon)
    return checks.finite_result(numeric, "the numerical gradient", Theta=Theta, X=X, lam=lam)


def _numerical_gradients(Theta, X, Y, lam, loss, epsilon):
    """numerical_gradients() on already checked input."""
    shifted = {l: T.copy() for l, T in Theta.items()}  # one weight moved at a time, then put back
    numeric = {}
    for l, T in Theta.items():
        numeric[l] = np.zeros_like(T)
        for index in np.ndindex(T.shape):
            shifted[l][index] = T[index] + epsilon
            plus = _cost(shifted, X, Y, lam, loss)
            shifted[l][index] = T[index] - epsilon
            minus = _cost(shifted, X, Y, lam, loss)
            shifted[l][index] = T[index]
            numeric[l][index] = (plus - minus) / (2 * epsilon)
    return numeric
