r"""backprop_ref: backpropagation in numpy, with the names of the article's notation.

Layers are numbered 1..L as in the article and every per-layer container is a dict keyed by that
number: ``Theta[1]`` is :math:`\Theta^{(1)}`, ``a[2]`` is :math:`a^{(2)}`, ``d[3]`` is
:math:`\delta^{(3)}`, ``Delta[l]`` and ``D[l]`` are :math:`\Delta^{(l)}` and :math:`D^{(l)}`.

>>> import numpy as np
>>> Theta = init_weights([2, 3, 1], seed=0)
>>> X = np.array([[0.0, 1.0], [1.0, 0.0]]); Y = np.array([[1.0], [1.0]])
>>> D = gradients(Theta, X, Y, lam=0.1)
>>> bool(np.allclose(D[1], gradients_vectorized(Theta, X, Y, lam=0.1)[1]))
True
"""

from .activation import log_sigmoid, log_softmax, sigmoid, sigmoid_gradient, softmax
from .cost import cost, regularization
from .gradients import gradients, gradients_vectorized, numerical_gradients, regularized
from .propagation import backward, forward, predict
from .training import train
from .weights import init_weights, join_theta, split_theta

__all__ = [
    "sigmoid", "sigmoid_gradient", "log_sigmoid", "softmax", "log_softmax",
    "init_weights", "split_theta", "join_theta",
    "forward", "backward", "predict",
    "cost", "regularization",
    "gradients", "gradients_vectorized", "numerical_gradients", "regularized",
    "train",
]
