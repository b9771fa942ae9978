# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Choosing the learning rate
#
# Gradient descent takes steps of size $\alpha$ against the gradient:
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# Backpropagation gives the direction, $D^{(l)}$; the learning rate $\alpha$ decides how far to
# go. Too small, and training crawls; too large, and each step overshoots the minimum it aims
# at, so the cost jumps around or grows. This notebook trains the same network on the same
# handwritten digits three times, changing only $\alpha$, and draws the three learning curves.
#
# To run it on your machine: in a clone of the repository, `pip install -e ".[notebook]"` installs
# `backprop_ref` with what this notebook uses besides it (matplotlib, scikit-learn) and JupyterLab;
# then open the downloaded file with `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import init_weights, predict, train

# %% [markdown]
# ## Data and network
#
# As in the notebook *Training a network on handwritten digits*: scikit-learn's 8×8 digits
# scaled to $[0, 1]$, one-hot labels, a quarter of the images kept for testing, and a network
# with 64 inputs, 25 hidden units and 10 outputs. All three runs start from the same weights.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)

# %% [markdown]
# ## Three learning rates
#
# Each run takes 30 epochs of mini-batch gradient descent (batches of 16 examples, shuffled the
# same way) and keeps the cost $J(\Theta)$ on the training set after every epoch.

# %%
alphas = [0.01, 0.25, 30.0]
histories = {}
for alpha in alphas:
    Theta_trained, histories[alpha] = train(
        Theta, X_train, Y_train, alpha=alpha,
        epochs=30, batch_size=16, seed=0)
    predicted = predict(Theta_trained, X_test)
    accuracy = np.mean(predicted == labels_test)
    if min(histories[alpha][1:]) > 10:
        # A diverging run is chaotic: from the second epoch on its digits depend on the last bits
        # of every product, which differ from one CPU to another. Print only what every CPU shares.
        print(f"alpha = {alpha:>5}: J above 10 after every epoch,")
        print(f"{'':15}test accuracy {accuracy:.0%},")
        print(f"{'':15}distinct digits predicted: {len(np.unique(predicted))}")
    else:
        J = histories[alpha][-1]
        print(f"alpha = {alpha:>5}: J after 30 epochs {J:7.3f},",
              f"test accuracy {accuracy:.1%}")

# %% alt="Learning curves of the training cost J(Θ), on a logarithmic scale, over 30 epochs: with α = 0.01 (dotted) the cost drops after the first epoch and then stays flat near 3; with α = 0.25 (solid) it falls steadily to about 0.24; with α = 30 (dashed) it leaves the chart after the first epoch and stays above 10, in the shaded band."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
# Values above the chart, where a diverging run differs by CPU, are drawn in the band at its top.
ax.axhspan(10, 20, color="0.85", zorder=0)
ax.text(29, 15.5, "above 10", ha="right", va="center")
for alpha, style in zip(alphas, [":", "-", "--"]):
    ax.plot(np.minimum(histories[alpha], 12), style, linewidth=2,
            label=rf"$\alpha = {alpha:g}$")
ax.set_yscale("log")
ax.set_ylim(0.1, 20)
ax.set_xlabel("epoch")
ax.set_ylabel(r"cost $J(\Theta)$, training set")
ax.set_title("Learning curves")
ax.legend()
ax.grid(True, alpha=0.3, which="both")
plt.show()

# %% [markdown]
# ## What the curves show
#
# - $\alpha = 0.01$ is too small: every step is safe, but after a quick start the cost settles on
#   a plateau near 3, and after 30 epochs the network still misreads a third of the test digits.
# - $\alpha = 0.25$ is about right: the cost falls steadily, epoch after epoch.
# - $\alpha = 30$ is too large: the first step already overshoots, the cost jumps above 10 and
#   stays there, and the network answers the same digit for every image: no better than guessing.
#   From then on the run is chaotic: its exact costs depend on the last rounding bits of each
#   product, which differ from one processor to another, so the notebook prints only what every
#   machine agrees on.
#
# There is no formula for the right value. Try values a factor of about 3 apart (0.03, 0.1, 0.3,
# 1, …), watch the cost during the first epochs, and keep the largest rate whose cost still falls
# steadily. Look at the learning curve again whenever the network, the data or the batch size
# change. Change `alphas` above and run the cells again to see more.
