"""The activation g (the logistic sigmoid), its derivative g', and stable logs of g."""

import numpy as np


def sigmoid(z):
    r"""The activation of every unit: the logistic sigmoid g.

    .. math:: g(z) = \frac{1}{1 + e^{-z}}

    Works element-wise on a scalar or an array of any shape and returns the same shape. For
    z < -709, :math:`e^{-z}` overflows to inf and g is exactly 0 (the true value is below the
    smallest float); that overflow is expected, so its warning is silenced.

    >>> print(sigmoid(0.0))
    0.5
    >>> print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
    [0.  0.5 1. ]
    """
    return sigmoid_inplace(np.array(z, dtype=float))[()]  # [()]: a 0-d input gives a scalar back


def sigmoid_inplace(z):
    """g(z) written over the float array z itself, and returned.

    The batched forward pass uses this on its (m, s_l) buffers: a fresh temporary for each of the
    four steps would double its run time.
    """
    np.negative(z, out=z)
    with np.errstate(over="ignore"):
        np.exp(z, out=z)
    z += 1.0
    return np.reciprocal(z, out=z)


def sigmoid_gradient(z):
    r"""The derivative g' of the sigmoid, written with g itself.

    .. math:: g'(z) = g(z)\,\bigl(1 - g(z)\bigr)

    Element-wise, same shape as ``z``.

    >>> print(sigmoid_gradient(0.0))
    0.25
    >>> print(sigmoid_gradient(np.array([-1000.0, 1000.0])))
    [0. 0.]
    """
    g = sigmoid(z)
    return g * (1.0 - g)


def log_sigmoid(z):
    r"""The log of g, computed from z so that a saturated unit still gives a finite number.

    .. math:: \log g(z) = -\log\bigl(1 + e^{-z}\bigr)

    Element-wise, same shape as ``z``. ``np.log(sigmoid(-800))`` is ``-inf`` because g rounds to 0;
    this gives ``-800``.

    >>> print(log_sigmoid(-800.0), log_sigmoid(0.0).round(6))
    -800.0 -0.693147
    """
    return -np.logaddexp(0.0, -np.asarray(z, dtype=float))
