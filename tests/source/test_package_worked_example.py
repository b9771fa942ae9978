"""The well-known step-by-step example (Mazur): 2-2-2 network, squared error, one step of size 0.5.

The expected numbers are the published ones (E_total to 9 decimals, the updated weights to 8 or 9),
an outside reference for the whole forward pass, backward pass and update.
"""

import numpy as np
import pytest

from backprop_ref import cost, gradients, gradients_vectorized, train

# Theta[l][i] = [bias, weights]: h1 = g(.35 + .15 i1 + .20 i2), o1 = g(.60 + .40 h1 + .45 h2), ...
THETA = {
    1: np.array([[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]]),  # b1 | w1 w2 ; b1 | w3 w4
    2: np.array([[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]]),  # b2 | w5 w6 ; b2 | w7 w8
}
X = np.array([[0.05, 0.10]])
Y = np.array([[0.01, 0.99]])


def test_total_error():
    assert round(cost(THETA, X, Y, loss="squared_error"), 9) == 0.298371109


@pytest.mark.parametrize("gradient_function", [gradients, gradients_vectorized])
def test_updated_weights_after_one_step(gradient_function):
    D = gradient_function(THETA, X, Y, loss="squared_error")
    updated = {l: THETA[l] - 0.5 * D[l] for l in THETA}
    assert round(updated[2][0, 1], 8) == 0.35891648  # w5
    assert round(updated[2][0, 2], 9) == 0.408666186  # w6
    assert round(updated[2][1, 1], 9) == 0.511301270  # w7
    assert round(updated[2][1, 2], 9) == 0.561370121  # w8
    assert round(updated[1][0, 1], 9) == 0.149780716  # w1
    assert round(updated[1][0, 2], 8) == 0.19956143  # w2
    assert round(updated[1][1, 1], 8) == 0.24975114  # w3
    assert round(updated[1][1, 2], 8) == 0.29950229  # w4


def test_train_takes_the_same_step():
    trained, history = train(THETA, X, Y, alpha=0.5, epochs=1, loss="squared_error")
    assert round(history[0], 9) == 0.298371109
    assert round(trained[2][0, 1], 8) == 0.35891648
