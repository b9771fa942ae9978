# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Обучаем сеть на рукописных цифрах
#
# В этом ноутбуке весь алгоритм работает на реальных данных. Каждый шаг — одна функция пакета
# `backprop_ref`, код которого стоит рядом с каждой формулой на этом сайте: строим сеть, двумя
# способами проверяем её градиент, обучаем её и измеряем, насколько хорошо она узнаёт цифры,
# которых раньше не видела. Выполняйте ячейки сверху вниз; начальные значения генераторов
# случайных чисел зафиксированы, поэтому числа получатся те же.
#
# Чтобы запустить его у себя, в клоне репозитория выполните `pip install -e ".[notebook]"`: команда
# установит `backprop_ref`, всё остальное, что нужно этому ноутбуку (matplotlib, scikit-learn),
# и JupyterLab. Затем откройте скачанный файл командой `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import (gradients, gradients_vectorized,
                          init_weights, numerical_gradients,
                          predict, train)

# %% [markdown]
# ## Данные
#
# В scikit-learn уже есть 1797 рукописных цифр — изображения 8×8, так что ничего скачивать не нужно.
# Каждое изображение становится строкой $X$ из $s_1 = 64$ яркостей пикселей, пересчитанных из
# диапазона 0–16 в $[0, 1]$. Метка $k$ становится строкой $Y$ в унитарном кодировании (one-hot):
# $y_k = 1$, остальные девять элементов равны 0. Четверть изображений откладываем в тестовую
# выборку, которую обучение не видит.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
print("обучающая выборка:", X_train.shape, Y_train.shape)
print("тестовая выборка: ", X_test.shape, Y_test.shape)

# %% [markdown]
# ## Сеть
#
# Три слоя: 64 входа, 25 скрытых нейронов и 10 выходов, по одному на цифру. `init_weights` берёт
# каждый вес из $\mathcal{U}(-\epsilon, \epsilon)$ при $\epsilon = 0.12$; случайный старт нарушает
# симметрию между скрытыми нейронами. Матрица $\Theta^{(l)}$ имеет $s_{l+1}$ строк и $s_l + 1$
# столбцов: лишний столбец 0 отвечает за смещение.
#
# Выходной слой — тот же, что в статье: десять сигмоидных нейронов, $h_\Theta(x)_k = g(z^{(3)}_k)$,
# и у каждого свой член перекрёстной энтропии
# $-y_k \log h_\Theta(x)_k - (1 - y_k) \log(1 - h_\Theta(x)_k)$; $J$ суммирует все десять. Поэтому
# все формулы сайта применимы к этой сети как есть, включая ошибку выходного слоя
# $\delta^{(3)} = a^{(3)} - y$. Каждый нейрон отвечает на свой вопрос: «это цифра $k$?», так что
# сумма десяти выходов не обязана равняться 1. [Выходной слой softmax](../../softmax/) превращает
# их в одно распределение вероятностей по десяти цифрам и сохраняет ту же ошибку выходного слоя;
# чтобы выбрать самый активный нейрон, как это делает `predict` ниже, сигмоидных нейронов
# достаточно.

# %%
sizes = [64, 25, 10]
Theta = init_weights(sizes, epsilon=0.12, seed=0)
for l, Theta_l in Theta.items():
    print(f"Theta[{l}]: {Theta_l.shape}")

# %% [markdown]
# ## Проверка градиента
#
# Прежде чем доверять обратному распространению ошибки, сравним его
# $D^{(l)} = \partial J / \partial \Theta^{(l)}$ с численной оценкой, вес за весом:
#
# $$\frac{\partial J}{\partial \Theta^{(l)}_{ij}} \approx
#   \frac{J(\Theta + \epsilon E_{ij}) - J(\Theta - \epsilon E_{ij})}{2\epsilon}$$
#
# Это два вычисления $J$ на каждый вес, поэтому проверка идёт на маленькой сети (4 скрытых
# нейрона) и 20 примерах, с включённой регуляризацией ($\lambda = 1$), чтобы заодно проверить
# правило для столбца смещения. Относительная разность порядка $10^{-9}$ и меньше означает, что
# результаты совпадают; ошибочная формула, например $g(z)$ вместо $g'(z)$, даёт разность порядка
# $10^{-1}$.

# %%
small = init_weights([64, 4, 10], seed=1)
X_check, Y_check = X_train[:20], Y_train[:20]
D = gradients(small, X_check, Y_check, lam=1.0)
N = numerical_gradients(small, X_check, Y_check, lam=1.0)
for l in D:
    gap = np.linalg.norm(D[l] - N[l]) / np.linalg.norm(D[l] + N[l])
    print(f"слой {l}: относительная разность {gap:.0e}")

# %% [markdown]
# `gradients` буквально следует статье и обрабатывает примеры по одному. `gradients_vectorized`
# считает те же суммы одним матричным произведением на слой — именно её использует `train`. На
# полной сети и 200 примерах обе функции должны дать одну и ту же $D$ с точностью до округления.

# %%
X_some, Y_some = X_train[:200], Y_train[:200]
D_loop = gradients(Theta, X_some, Y_some, lam=1.0)
D_fast = gradients_vectorized(Theta, X_some, Y_some, lam=1.0)
for l in D_loop:
    same = np.allclose(D_loop[l], D_fast[l], rtol=1e-10, atol=1e-15)
    print(f"слой {l}: D совпадает с точностью до округления: {same}")

# %% [markdown]
# ## Обучение
#
# `train` повторяет шаг градиентного спуска
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# со скоростью обучения $\alpha = 0.25$ на перемешанных мини-батчах по 16 примеров. Одна эпоха —
# один проход по 1347 обучающим изображениям; в `history` записано значение $J(\Theta)$ на всей
# обучающей выборке до обучения и после каждой эпохи.

# %%
Theta_trained, history = train(Theta, X_train, Y_train, alpha=0.25,
                               epochs=60, batch_size=16, seed=0)
print(f"J до обучения: {history[0]:.3f}")
print(f"J после {len(history) - 1} эпох: {history[-1]:.3f}")

# %% alt="Кривая обучения: функция стоимости J(Θ) на обучающей выборке, в логарифмическом масштабе, быстро падает в первые десять эпох, а затем медленно снижается до 60-й эпохи."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
ax.plot(history)
ax.set_yscale("log")
ax.set_xlabel("эпоха")
ax.set_ylabel(r"функция стоимости $J(\Theta)$, обучающая выборка")
ax.set_title("Кривая обучения")
ax.grid(True, alpha=0.3)
plt.show()

# %% [markdown]
# ## Доля правильных ответов (accuracy) на тестовой выборке
#
# `predict` выбирает самый активный выходной нейрон, $\hat y = \arg\max_k h_\Theta(x)_k$. На
# тестовых изображениях, которых обучение не касалось:

# %%
predicted = predict(Theta_trained, X_test)
correct = predicted == labels_test
print(f"доля верных ответов на тесте: {correct.mean():.1%}",
      f"({correct.sum()} из {correct.size} изображений)")

# %% [markdown]
# ## Несколько предсказаний
#
# Первые восемь тестовых изображений, а за ними четыре, на которых сеть ошиблась. В заголовке —
# предсказание, в скобках — настоящая метка: зелёным, если они совпадают, красным — если нет.

# %% alt="Двенадцать тестовых цифр 8×8, над каждой — предсказание сети и в скобках настоящая метка: первые восемь, зелёные, распознаны верно; последние четыре, красные, — цифры, на которых сеть ошиблась."
shown = np.concatenate([np.arange(8), np.flatnonzero(~correct)[:4]])
fig, axes = plt.subplots(2, 6, figsize=(9, 3.6))
for ax, t in zip(axes.flat, shown):
    ax.imshow(X_test[t].reshape(8, 8), cmap="gray_r")
    colour = "tab:green" if correct[t] else "tab:red"
    ax.set_title(f"{predicted[t]} ({labels_test[t]})", color=colour)
    ax.axis("off")
fig.suptitle("Предсказание (настоящая метка)")
plt.show()
