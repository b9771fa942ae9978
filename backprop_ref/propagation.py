"""Forward propagation (a and z) and the backward pass (the errors d) for one example, and predict."""

import numpy as np

from . import checks
from .activation import _softmax, sigmoid_of_negated


def forward(Theta, x, loss="cross_entropy"):
    r"""Forward propagation of one example: every layer's z and a.

    .. math:: a^{(1)} = \begin{bmatrix}1\\ x\end{bmatrix},\quad
              z^{(l+1)} = \Theta^{(l)} a^{(l)},\quad
              a^{(l+1)} = \begin{bmatrix}1\\ g(z^{(l+1)})\end{bmatrix}\ (l + 1 < L),\quad
              a^{(L)} = g(z^{(L)})

    With ``loss="softmax_cross_entropy"`` the output layer is
    :math:`a^{(L)} = \operatorname{softmax}(z^{(L)})` instead (see :func:`softmax`); hidden
    layers keep g. ``x`` has shape ``(s_1,)``. Returns ``(a, z)``: dicts keyed by layer number,
    ``a[1..L]`` and ``z[2..L]``. ``a[l]`` for ``l < L`` starts with the bias unit 1.0; ``a[L]``
    has no bias unit. A z that overflows float64 (weights or x near 1e200) raises ValueError.

    >>> Theta = {1: np.array([[0.0, 1.0, -1.0]]) }
    >>> a, z = forward(Theta, [2.0, 2.0])
    >>> print(a[1], z[2], a[2])
    [1. 2. 2.] [0.] [0.5]
    """
    Theta = checks.network(Theta)
    x = checks.example(Theta, x)
    if checks.loss_name(loss) == "softmax_cross_entropy":
        checks.softmax_width(Theta)
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        a, z = _forward(Theta, x, loss)
    checks.finite_result(z[len(Theta) + 1], "z(L)", Theta=Theta, x=x)  # a NaN anywhere reaches z(L)
    return a, z


def _forward(Theta, x, loss):
    """forward() on already checked input: gradients() runs it once per example."""
    L = len(Theta) + 1
    a = {1: np.concatenate(([1.0], x))}
    z = {}
    for l in range(1, L):
        z[l + 1] = Theta[l] @ a[l]
        if l + 1 < L:
            a[l + 1] = np.concatenate(([1.0], sigmoid_of_negated(-z[l + 1])))
        elif loss == "softmax_cross_entropy":
            a[L] = _softmax(z[L])
        else:
            a[L] = sigmoid_of_negated(-z[L])
    return a, z


def backward(Theta, a, z, y, loss="cross_entropy"):
    r"""The error term d(l) = δ⁽ˡ⁾ of every layer from 2 to L, for one example.

    .. math:: \delta^{(L)} = a^{(L)} - y \quad\text{(cross-entropy, and softmax with its cross-entropy)},\qquad
              \delta^{(L)} = (a^{(L)} - y) \odot g'(z^{(L)}) \quad\text{(squared error)}

    .. math:: \delta^{(l)} = \bigl[(\Theta^{(l)})^\top \delta^{(l+1)}\bigr]_{1:} \odot g'(z^{(l)}),
              \qquad l = L-1, \dots, 2

    The factor is g'(z), not g(z), and entry 0 of Θᵀδ (the bias unit's) is dropped; the input
    layer has no error term. g'(z⁽ˡ⁾) is computed as a⁽ˡ⁾(1 − a⁽ˡ⁾) from the activations of the
    forward pass (bias unit left out), so ``z`` is only checked, not used again.
    ``a`` and ``z`` are what :func:`forward` returned, ``y`` has shape
    ``(s_L,)``. Returns ``d``, a dict keyed 2..L, ``d[l]`` of shape ``(s_l,)``.
    For ``loss="softmax_cross_entropy"`` the output error is softmax(z⁽ᴸ⁾) − y, taken from ``z`` (so it
    is right whichever loss ``forward`` was called with), and ``y`` must be a distribution.
    Hand-built ``a`` and ``z`` must be finite vectors of the shapes forward() gives.

    >>> Theta = {1: np.array([[0.0, 1.0]]), 2: np.array([[0.0, 2.0]])}
    >>> a, z = forward(Theta, [0.0])
    >>> d = backward(Theta, a, z, [1.0])
    >>> print(sorted(d), d[3].round(4), d[2].round(4))
    [2, 3] [-0.2689] [-0.1345]
    """
    Theta = checks.network(Theta)
    a, z = checks.propagated(Theta, a, z)
    checked_y = checks.target(Theta, y)
    loss = checks.loss_name(loss)
    checks.targets(checked_y, loss, "y")
    if loss == "softmax_cross_entropy":
        checks.softmax_targets(Theta, checked_y, "y", checks.sum_tolerance(y))
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        d = _backward(Theta, a, z, checked_y, loss)
    return checks.finite_result(d, "d", Theta=Theta, a=a)


def _backward(Theta, a, z, y, loss):
    """backward() on already checked input: gradients() runs it once per example."""
    L = len(Theta) + 1
    if loss == "softmax_cross_entropy":
        d = {L: _softmax(z[L]) - y}
    else:
        d = {L: a[L] - y}
    if loss == "squared_error":
        d[L] = d[L] * a[L] * (1.0 - a[L])
    for l in range(L - 1, 1, -1):
        # g'(z) = g(z)(1 - g(z)), and g(z(l)) is a(l) without its bias unit: the forward pass's
        # activations are reused, no exponential is computed again.
        g = a[l][1:]
        d[l] = (Theta[l].T @ d[l + 1])[1:] * g * (1.0 - g)
    return d


def layers(Theta, X):
    """Forward propagation of a whole (already checked) batch: A[1] = X, ..., A[L], and Z[L].

    No bias columns: the bias is added as Theta[l][:, 0] instead of multiplying a column of ones,
    so no (m, s_l + 1) copy is made. One pass makes -z = -b - A W^T out of the product, and g is
    then applied in place (see sigmoid_of_negated). Only z(L) is kept, for the cost; the backward
    pass gets g'(z) = a (1 - a) from A. Returns ``(A, zL)``.
    """
    A, L = {1: X}, len(Theta) + 1
    for l in range(1, L):
        minus_z = A[l] @ Theta[l][:, 1:].T
        np.subtract(-Theta[l][:, 0], minus_z, out=minus_z)
        if l + 1 == L:
            zL = -minus_z
        A[l + 1] = sigmoid_of_negated(minus_z)
    return A, zL


def predict(Theta, X, loss="cross_entropy"):
    r"""The predicted class of every row of X: the most active output unit, read from z(L).

    .. math:: \hat{y} = \arg\max_k\, h_\Theta(x)_k = \arg\max_k\, z^{(L)}_k \quad (s_L > 1),\qquad
              \hat{y} = [\, h_\Theta(x) \ge 0.5 \,] = [\, z^{(L)} \ge 0 \,] \quad (s_L = 1)

    g and softmax keep the order of the z, so the class is taken on z: two saturated outputs
    that both round to 1.0 (or 0.0) do not tie. With ``loss="softmax_cross_entropy"`` the network
    needs at least two output units. ``X`` has shape ``(m, s_1)``; returns integer labels of shape ``(m,)``.

    >>> Theta = {1: np.array([[0.0, 5.0], [0.0, -5.0]])}
    >>> print(predict(Theta, [[1.0], [-1.0]]))
    [0 1]
    >>> print(predict(Theta, [[1.0], [-1.0]], loss="softmax_cross_entropy"))
    [0 1]
    >>> print(predict({1: np.array([[40.0, 0.0], [50.0, 0.0]])}, [[0.0]]))  # g(40) and g(50) are both 1.0
    [1]
    """
    Theta = checks.network(Theta)
    X = checks.batch(Theta, X)
    if checks.loss_name(loss) == "softmax_cross_entropy":
        checks.softmax_width(Theta)
    with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported by the check below
        zL = layers(Theta, X)[1]
    checks.finite_result(zL, "z(L)", Theta=Theta, X=X)
    if zL.shape[1] == 1:
        return (zL[:, 0] >= 0.0).astype(int)
    return np.argmax(zL, axis=1)
