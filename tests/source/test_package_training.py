"""train: the update rule, mini-batches, the stopping criterion, the history, and no side effects."""

import numpy as np
import pytest

import backprop_ref.training
from backprop_ref import cost, gradients_vectorized, init_weights, predict, train


@pytest.fixture
def data():
    """Two blobs, label 1 for the one around (+1, +1); every row of X is distinct."""
    rng = np.random.default_rng(7)
    Y = (rng.uniform(size=(40, 1)) < 0.5).astype(float)
    X = rng.normal(scale=0.5, size=(40, 2)) + np.where(Y == 1, 1.0, -1.0)
    return init_weights([2, 3, 1], epsilon=0.5, seed=1), X, Y


def test_one_epoch_is_one_gradient_step(data):
    Theta, X, Y = data
    trained, history = train(Theta, X, Y, alpha=0.7, epochs=1, lam=0.2)
    D = gradients_vectorized(Theta, X, Y, lam=0.2)
    for l in Theta:
        np.testing.assert_allclose(trained[l], Theta[l] - 0.7 * D[l], rtol=1e-15, atol=1e-17)


def test_history_is_the_cost_before_and_after_every_epoch(data):
    Theta, X, Y = data
    trained, history = train(Theta, X, Y, alpha=0.5, epochs=4, lam=0.1, loss="squared_error")
    assert len(history) == 5
    assert history[0] == cost(Theta, X, Y, lam=0.1, loss="squared_error")
    assert history[-1] == cost(trained, X, Y, lam=0.1, loss="squared_error")
    # Full batches are deterministic: two runs of 2 epochs are one run of 4.
    half, first = train(Theta, X, Y, alpha=0.5, epochs=2, lam=0.1, loss="squared_error")
    _, second = train(half, X, Y, alpha=0.5, epochs=2, lam=0.1, loss="squared_error")
    np.testing.assert_allclose(first + second[1:], history, rtol=1e-14)


def test_training_learns_the_blobs(data):
    Theta, X, Y = data
    trained, history = train(Theta, X, Y, alpha=2.0, epochs=200)
    assert history[-1] < 0.5 * history[0]
    assert np.mean(predict(trained, X) == Y[:, 0]) >= 0.95


def test_input_theta_is_not_modified(data):
    Theta, X, Y = data
    before = {l: T.copy() for l, T in Theta.items()}
    trained, _ = train(Theta, X, Y, epochs=3, batch_size=7, seed=0)
    for l in Theta:
        np.testing.assert_array_equal(Theta[l], before[l])
        assert not np.shares_memory(trained[l], Theta[l])


def test_mini_batches_visit_every_row_once_per_epoch(data, monkeypatch):
    Theta, X, Y = data
    X = X.copy()
    X[:, 0] = np.arange(len(X))  # column 0 names the row, so each batch tells which rows it holds
    seen = []

    def recording(Theta, X_batch, Y_batch, lam, loss, m):
        seen.append(X_batch[:, 0].astype(int))
        return gradients_vectorized(Theta, X_batch, Y_batch, lam=lam, loss=loss)

    # train() checks its input once and then steps with the unchecked body of gradients_vectorized.
    monkeypatch.setattr(backprop_ref.training, "_gradients_vectorized", recording)
    train(Theta, X, Y, epochs=3, batch_size=16, seed=5)
    assert [len(rows) for rows in seen] == [16, 16, 8] * 3  # ceil(40 / 16) steps per epoch, the last one short
    epochs = [np.concatenate(seen[3 * e:3 * e + 3]) for e in range(3)]
    for rows in epochs:
        assert sorted(rows) == list(range(40))
    assert not all(np.array_equal(epochs[0], rows) for rows in epochs[1:])  # reshuffled between epochs
    assert not np.array_equal(epochs[0], np.arange(40))  # shuffled


def test_mini_batch_training_is_reproducible_with_a_seed(data):
    Theta, X, Y = data
    one, h1 = train(Theta, X, Y, epochs=3, batch_size=5, seed=11)
    two, h2 = train(Theta, X, Y, epochs=3, batch_size=5, seed=11)
    other, h3 = train(Theta, X, Y, epochs=3, batch_size=5, seed=12)
    assert h1 == h2 and h1 != h3
    assert all(np.array_equal(one[l], two[l]) for l in Theta)


def test_batch_size_m_is_full_batch_gradient_descent(data):
    Theta, X, Y = data
    _, full = train(Theta, X, Y, epochs=3)
    _, as_m = train(Theta, X, Y, epochs=3, batch_size=len(X), seed=3)
    assert full == as_m


def test_tol_stops_once_an_epoch_gains_less_than_tol(data):
    Theta, X, Y = data
    _, history = train(Theta, X, Y, alpha=1.0, epochs=500, tol=1e-3)
    gains = np.diff(history) * -1
    assert len(history) < 501  # stopped early
    assert gains[-1] < 1e-3
    assert np.all(gains[:-1] >= 1e-3)  # and not before


def test_tol_none_runs_every_epoch(data):
    Theta, X, Y = data
    assert len(train(Theta, X, Y, epochs=7)[1]) == 8
    assert len(train(Theta, X, Y, epochs=0)[1]) == 1


@pytest.mark.parametrize("loss", ["cross_entropy", "squared_error"])
@pytest.mark.parametrize("batch_size", [1, 5, 8, 20])
def test_mini_batch_steps_add_up_to_the_full_gradient_with_regularization(data, loss, batch_size):
    # Each mini-batch step must be an unbiased estimate of the gradient of the J in history: over
    # one epoch of k = m / b equal batches with a tiny alpha (Theta barely moves), the sum of the k
    # steps is k times the full-batch step, penalty (lam / m) Theta included. With lam / b in each
    # step the penalty part of the sum would be k times too large.
    Theta, X, Y = data
    lam, alpha = 0.5, 1e-7
    k = len(X) // batch_size
    trained, _ = train(Theta, X, Y, alpha=alpha, epochs=1, batch_size=batch_size, lam=lam, loss=loss, seed=2)
    D = gradients_vectorized(Theta, X, Y, lam=lam, loss=loss)
    for l in Theta:
        steps = trained[l] - Theta[l]
        np.testing.assert_allclose(steps, -k * alpha * D[l], rtol=1e-4, atol=1e-6 * k * alpha * abs(D[l]).max())


def test_stochastic_gradient_descent_reaches_the_full_batch_cost_with_regularization(data):
    # With lam / b in every step, SGD (b = 1) minimized J with lam * m = 20 instead of 0.5 and
    # shrank every weight towards 0. Both now descend the J that history records: SGD with a small
    # constant alpha ends within noise of the full-batch minimum, with weights that were not decayed.
    Theta, X, Y = data
    _, full = train(Theta, X, Y, alpha=1.0, epochs=2000, lam=0.5)
    sgd, stochastic = train(Theta, X, Y, alpha=0.02, epochs=300, batch_size=1, lam=0.5, seed=0)
    assert stochastic[-1] < full[-1] + 0.02
    assert max(abs(T[:, 1:]).max() for T in sgd.values()) > 0.5  # the weights were not all decayed to 0
