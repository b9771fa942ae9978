"""The numbers errata entries 6 to 10 quote, recomputed with the package (entries in docs/errata.md).

The worked example is the 2-2-2 network of test_package_worked_example; the XOR problem is the
gradient descent page's. Each test checks what the entry claims, not only the printed number.
"""

import numpy as np

from backprop_ref import cost, forward, gradients, init_weights, split_theta, train

THETA = {
    1: np.array([[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]]),
    2: np.array([[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]]),
}
x, y = np.array([0.05, 0.10]), np.array([0.01, 0.99])
XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])


def test_6_a_network_of_L_layers_has_L_minus_1_accumulators():
    for sizes in ([2, 1], [2, 3, 1], [4, 5, 3, 2]):
        D = gradients(init_weights(sizes, seed=0), np.zeros((1, sizes[0])), np.zeros((1, sizes[-1])))
        assert sorted(D) == list(range(1, len(sizes)))


def test_7_a_hidden_weight_reaches_the_cost_through_every_output():
    a, _ = forward(THETA, x)
    a2, a3 = a[2][1:], a[3]
    # w1: input 1 -> hidden 1; one term per output unit i
    paths = [(a3[i] - y[i]) * a3[i] * (1 - a3[i]) * THETA[2][i, 1] * a2[0] * (1 - a2[0]) * x[0] for i in range(2)]
    dC_dw1 = gradients(THETA, [x], [y], loss="squared_error")[1][0, 1]
    assert [round(p, 9) for p in paths] == [0.000668396, -0.000229828]
    assert round(dC_dw1, 9) == 0.000438568
    assert abs(sum(paths) - dC_dw1) < 1e-15
    assert min(abs(p - dC_dw1) for p in paths) > 1e-4  # neither single path is the derivative


def test_8_an_output_weight_gradient_depends_on_the_unit_it_leaves():
    D = gradients(THETA, [x], [y], loss="squared_error")
    assert round(D[2][0, 1], 9) == 0.082167041  # w5, from hidden unit 1
    assert round(D[2][0, 2], 9) == 0.082667628  # w6, from hidden unit 2: a different number


def test_9_a_zero_gradient_is_not_a_minimum_of_J():
    zero = {1: np.zeros((3, 3)), 2: np.zeros((1, 4))}
    D = gradients(zero, XOR_X, XOR_Y)
    assert all(np.array_equal(D[l], np.zeros_like(D[l])) for l in D)
    assert np.isclose(cost(zero, XOR_X, XOR_Y), np.log(2), rtol=0, atol=1e-15)
    trained, _ = train(init_weights([2, 3, 1], epsilon=1.0, seed=0), XOR_X, XOR_Y, alpha=3.0, epochs=300)
    D_trained = gradients(trained, XOR_X, XOR_Y)
    assert round(cost(trained, XOR_X, XOR_Y), 6) == 0.013832
    assert max(np.abs(D_trained[l]).max() for l in D_trained) > 1e-3  # lower J, larger gradient


def test_10_linear_hidden_units_collapse_into_one_linear_layer():
    rng = np.random.default_rng(3)
    b2, W2 = split_theta(rng.normal(size=(5, 3)))
    b3, W3 = split_theta(rng.normal(size=(1, 6)))
    X = rng.normal(size=(20, 2))
    two_layers = (X @ W2.T + b2) @ W3.T + b3
    np.testing.assert_allclose(two_layers, X @ (W3 @ W2).T + (W3 @ b2 + b3), rtol=1e-12, atol=1e-12)
    # so on XOR such a network can do no better than the least-squares plane: 0.5 everywhere
    ones_X = np.column_stack([np.ones(4), XOR_X])
    best, *_ = np.linalg.lstsq(ones_X, XOR_Y, rcond=None)
    np.testing.assert_allclose(ones_X @ best, 0.5, atol=1e-12)
